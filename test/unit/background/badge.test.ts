import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor, SAVABLE_BADGE, SAVED_BADGE, showBadge } from '../../../lib/background/badge';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('badgeFor', () => {
  it('marks saved pages, offers savable ones and stays off other pages', () => {
    expect(badgeFor('profile', true)).toBe(SAVED_BADGE);
    expect(badgeFor('job', true)).toBe(SAVED_BADGE);
    expect(badgeFor('article', false)).toBe(SAVABLE_BADGE);
    expect(badgeFor('job-list', false)).toBe(SAVABLE_BADGE);
    expect(badgeFor(null, false)).toBeNull();
    expect(SAVED_BADGE.text).toBe('✓');
    expect(SAVABLE_BADGE.text).toBe('+');
    expect(SAVED_BADGE.color).not.toBe(SAVABLE_BADGE.color);
  });
});

describe('showBadge', () => {
  it('sets the badge of one tab only', async () => {
    await showBadge(3, 'article', true);
    await showBadge(4, 'job', false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('✓');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('+');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('clears the badge when a single-page navigation leaves a savable page', async () => {
    await showBadge(3, 'article', false);
    await showBadge(3, null, false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('colours saved and savable badges differently', async () => {
    await showBadge(3, 'article', true);
    await showBadge(4, 'article', false);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).not.toEqual(
      await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 4 }),
    );
  });
});
