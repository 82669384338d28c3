import { browser } from 'wxt/browser';
import type { PageKind } from '../types';

export interface Badge {
  text: string;
  color: string;
}

export const SAVED_BADGE: Badge = { text: '✓', color: '#1b7f3b' };
export const SAVABLE_BADGE: Badge = { text: '+', color: '#2f6fbf' };

/** The toolbar badge of a page: saved, savable, or none (null) for pages we do not clip. */
export function badgeFor(kind: PageKind | null, saved: boolean): Badge | null {
  if (saved) return SAVED_BADGE;
  return kind === null ? null : SAVABLE_BADGE;
}

/**
 * Shows the page's badge on its tab only; the browser clears a tab's badge when it navigates to
 * another document, and same-document navigations send a new page state.
 */
export async function showBadge(tabId: number, kind: PageKind | null, saved: boolean): Promise<void> {
  const badge = badgeFor(kind, saved);
  try {
    await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab was closed meanwhile: no badge to show.
  }
}
