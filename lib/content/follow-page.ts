import { canonicalUrl } from '../url/canonical';
import type { Settling } from './dom-changes';

export interface PageFollower<T> {
  /** What runs for the page state shown now; null while a new page settles, and once stopped. */
  current(): T | null;
  /** The page moved to `url` without loading a new document (history API, back/forward). */
  navigate(url: string): void;
  stop(): void;
}

export interface FollowOptions<T> {
  /** The address of the document as it loaded. */
  url: string;
  /** Starts what runs for one page state. */
  start(url: string): T;
  /** Waits for the page to finish rendering its new state. */
  settle(): Settling;
}

/**
 * Follows the page through client-side navigations: each new address stops what ran for the old
 * one at once (its widget and buttons leave with it), waits for the site to render the new page,
 * then starts afresh for it. A new fragment of the same page is no new page.
 */
export function followPage<T extends { stop(): void }>({ url, start, settle }: FollowOptions<T>): PageFollower<T> {
  // The canonical form is worked out on the first navigation, not at load: it is the dearest
  // part of the first glance (URL setters), and most pages never navigate.
  let address = url;
  let current: T | null = start(url);
  let settling: Settling | null = null;
  let stopped = false;

  return {
    current: () => current,
    navigate(next) {
      if (stopped || canonicalUrl(next) === canonicalUrl(address)) return;
      address = next;
      current?.stop();
      current = null;
      settling?.cancel();
      const mine = (settling = settle());
      void mine.settled.then(() => {
        if (settling === mine && !stopped) current = start(next);
      });
    },
    stop() {
      stopped = true;
      settling?.cancel();
      current?.stop();
      current = null;
    },
  };
}
