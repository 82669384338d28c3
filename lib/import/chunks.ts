import type { Item } from '../db/schema';
import { IMPORT_CHUNK_ITEMS } from './item-schema';

/** Well under the 64 MB Chrome allows one runtime message, JSON-encoded. */
export const IMPORT_CHUNK_CHARS = 16 * 1024 * 1024;

/**
 * `items` cut into the messages that carry an import to the background: at most `maxItems`
 * each, and at most `maxChars` of JSON unless a single item is larger on its own.
 */
export function importChunks(items: readonly Item[], maxItems = IMPORT_CHUNK_ITEMS, maxChars = IMPORT_CHUNK_CHARS): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let chars = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (current.length > 0 && (current.length >= maxItems || chars + size > maxChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
