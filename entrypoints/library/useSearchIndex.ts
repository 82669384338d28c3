import { useEffect, useRef, useState } from 'react';
import type { LibraryCard } from '../../lib/db/read-model/card';
import { SearchIndex } from '../../lib/search/search-index';
import { syncIndex } from '../../lib/search/sync';

export interface IndexState {
  index: SearchIndex;
  /** Bumped whenever the index changed, so searches run again. */
  version: number;
  /** Cards indexed so far and in all; equal once the index is complete. */
  indexed: number;
  total: number;
}

/** A yield to the event loop that is not throttled like setTimeout in a background tab. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * The search index of the library page, kept equal to the live cards: the first sync indexes
 * every item in slices (the list is usable meanwhile and results grow as it goes), later ones
 * only the cards that changed.
 */
export function useSearchIndex(cards: readonly LibraryCard[] | undefined): IndexState {
  const [index] = useState(() => new SearchIndex());
  const generation = useRef(0);
  const running = useRef(Promise.resolve());
  const [state, setState] = useState({ version: 0, indexed: 0, total: 0 });

  useEffect(() => {
    if (!cards) return;
    const mine = ++generation.current;
    running.current = running.current.then(async () => {
      if (mine !== generation.current) return;
      await syncIndex(index, cards, {
        pause,
        stale: () => mine !== generation.current,
        onProgress: (indexed, total) => setState((s) => ({ version: s.version + 1, indexed, total })),
      });
      setState((s) => ({ version: s.version + 1, indexed: index.size, total: cards.length }));
    });
  }, [cards, index]);

  return { index, ...state };
}
