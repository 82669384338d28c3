import { storage } from 'wxt/utils/storage';

// Reader settings kept in storage.local: the text size (one value for every item) and the
// reading position of each item. Positions are a fraction of the scrollable height, so they
// survive a change of text size or window width.

/** Body text sizes in px, smallest first; A− / A+ step through them. */
export const TEXT_SIZES = [15, 17, 19, 21, 24, 28] as const;
export const DEFAULT_TEXT_SIZE_STEP = 2;

export const textSizeStep = storage.defineItem<number>('local:readerTextSizeStep', { fallback: DEFAULT_TEXT_SIZE_STEP });

/** A step moved by `delta` and kept inside TEXT_SIZES; a stored value out of range counts as the default. */
export function clampStep(step: number, delta = 0): number {
  const base = Number.isInteger(step) && step >= 0 && step < TEXT_SIZES.length ? step : DEFAULT_TEXT_SIZE_STEP;
  return Math.min(TEXT_SIZES.length - 1, Math.max(0, base + delta));
}

export interface ReadingPosition {
  /** 0 = top, 1 = end of the page. */
  fraction: number;
  /** epoch ms */
  at: number;
}

function positionKey(itemId: string) {
  return `local:readerPosition:${itemId}` as const;
}

export async function loadPosition(itemId: string): Promise<ReadingPosition | null> {
  const stored = await storage.getItem<ReadingPosition>(positionKey(itemId));
  return stored && Number.isFinite(stored.fraction) ? { ...stored, fraction: Math.min(1, Math.max(0, stored.fraction)) } : null;
}

export async function savePosition(itemId: string, fraction: number, at = Date.now()): Promise<void> {
  await storage.setItem<ReadingPosition>(positionKey(itemId), { fraction: Math.min(1, Math.max(0, fraction)), at });
}

/** Forgets the positions of deleted items. */
export async function forgetPositions(itemIds: readonly string[]): Promise<void> {
  await storage.removeItems(itemIds.map(positionKey));
}

/** The scroll position as a fraction of what can be scrolled; 0 when the page does not scroll. */
export function scrollFraction(scrollY: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  return scrollable > 0 ? Math.min(1, Math.max(0, scrollY / scrollable)) : 0;
}
