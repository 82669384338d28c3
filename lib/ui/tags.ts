import type { Item } from '../db/schema';
import { cleanText } from '../extract/text';

/**
 * The stored form of a tag (see `Item.tags`): whitespace collapsed, trimmed, lower-cased — the
 * background's rule too, so the field shows at once what will be stored.
 */
export function normalizeTag(raw: string): string {
  return cleanText(raw).toLowerCase();
}

/** `tags` with `raw` added at the end; the same array when `raw` is blank or already there. */
export function withTag(tags: readonly string[], raw: string): readonly string[] {
  const tag = normalizeTag(raw);
  if (!tag || tags.includes(tag)) return tags;
  return [...tags, tag];
}

export function withoutTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => t !== tag);
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag used by `items` with the number of items carrying it, alphabetical. */
export function tagCounts(items: readonly Item[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The items carrying `tag`, in their order; all of them when `tag` is null. */
export function filterByTag<T extends Item>(items: readonly T[], tag: string | null): T[] {
  return tag === null ? [...items] : items.filter((item) => item.tags.includes(tag));
}
