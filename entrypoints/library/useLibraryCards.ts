import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../lib/db';
import type { LibraryCard } from '../../lib/db/read-model/card';
import type { CardPage } from '../../lib/db/read-model/card-pages';
import { cardsOf, readPageRevs, updatePages } from '../../lib/db/read-model/live-cards';

/**
 * Every card of the library, live: a save in another tab shows up without a reload. The live
 * query watches only the pages' revs; the pages that changed are then read, one update at a
 * time so that a slow read never overwrites a newer one.
 */
export function useLibraryCards(): LibraryCard[] | undefined {
  const revs = useLiveQuery(() => readPageRevs(db), []);
  const [cards, setCards] = useState<LibraryCard[]>();
  const known = useRef(new Map<number, CardPage>());
  const queue = useRef(Promise.resolve());

  useEffect(() => {
    if (!revs) return;
    queue.current = queue.current
      .then(async () => {
        known.current = await updatePages(db, known.current, revs);
        setCards(cardsOf(known.current.values()));
      })
      // A failed read is retried by the next change; the list keeps what it had.
      .catch(() => undefined);
  }, [revs]);

  return cards;
}
