import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../lib/db';

/**
 * Object URLs of the item's stored images, by image key; undefined while they are read. Live:
 * pictures captured after the reader opened appear. The URLs are revoked when the page no
 * longer needs them.
 */
export function useStoredImages(itemId: string): ReadonlyMap<string, string> | undefined {
  const rows = useLiveQuery(() => db.images.where('itemIds').equals(itemId).toArray(), [itemId]);
  // Rows are re-read whenever any of them changes (another item sharing a picture); the URLs are
  // only remade when the set of stored pictures itself changed, so the body is not redrawn for nothing.
  const stored = useMemo(() => rows?.filter((row) => row.status === 'ok' && row.blob), [rows]);
  const signature = stored?.map((row) => `${row.src}\u0000${row.bytes}`).join('\u0001');
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>();

  useEffect(() => {
    if (!stored) return;
    const made = new Map(stored.map((row) => [row.src, URL.createObjectURL(row.blob!)]));
    // Object URLs are a resource outside React, made and revoked here, so their map is set here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
    // `signature` stands for `stored`, whose array is new on every read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return urls;
}

/**
 * Whether the item's pictures are still to be downloaded by the background (live): the reader then
 * says "still downloading" where a picture is absent, rather than "not saved".
 */
export function useImagesPending(itemId: string): boolean {
  return useLiveQuery(async () => (await db.pendingImages.get(itemId)) !== undefined, [itemId]) ?? false;
}
