import { describe, expect, test } from 'vitest';
import type { LibraryCard } from '../../../../lib/db/read-model/card';
import { RECENT_COUNT, RECENT_KEY, recentOf, updateRecent, type RecentItems } from '../../../../lib/db/read-model/recent';

const card = (id: string, savedAt: number) => ({ id, savedAt }) as LibraryCard;

/** A list of `n` items saved at 100, 99, …: ids `a0` (newest) onwards. */
function list(n: number): RecentItems {
  return { key: RECENT_KEY, ids: Array.from({ length: n }, (_, i) => `a${i}`), savedAt: Array.from({ length: n }, (_, i) => 100 - i) };
}

describe('updateRecent', () => {
  test('a list that is not full holds every item: it grows, shrinks and reorders by itself', () => {
    const grown = updateRecent(list(3), [
      ['b', card('b', 1_000)],
      ['a1', null],
    ])!;
    expect(grown.ids).toEqual(['b', 'a0', 'a2']);
    expect(
      updateRecent(undefined, [
        ['x', card('x', 5)],
        ['y', card('y', 6)],
      ])!.ids,
    ).toEqual(['y', 'x']);
  });

  test('past its length it keeps the newest only', () => {
    const next = updateRecent(list(RECENT_COUNT), [
      ['new', card('new', 1_000)],
      ['old', card('old', 1)],
    ])!;
    expect(next.ids).toHaveLength(RECENT_COUNT);
    expect(next.ids[0]).toBe('new');
    expect(next.ids).not.toContain('old');
    expect(next.ids).not.toContain(`a${RECENT_COUNT - 1}`);
  });

  test('a full list cannot tell who follows a listed item that leaves or falls behind: it asks to be made again', () => {
    expect(updateRecent(list(RECENT_COUNT), [['a3', null]])).toBeNull();
    expect(updateRecent(list(RECENT_COUNT), [['a3', card('a3', 1)]])).toBeNull();
    expect(updateRecent(list(RECENT_COUNT), [['unlisted', null]])).not.toBeNull();
    expect(updateRecent(list(RECENT_COUNT), [['a3', card('a3', 99)]])!.ids.slice(0, 4)).toEqual(['a0', 'a1', 'a3', 'a2']);
  });

  test('made from page summaries: newest first, equal times by id', () => {
    const made = recentOf([
      { page: 0, rev: 'r0', ids: ['b', 'c'], savedAt: [5, 7], tags: [[], []] },
      { page: 1, rev: 'r1', ids: ['a'], savedAt: [5], tags: [[]] },
    ]);
    expect(made.ids).toEqual(['c', 'a', 'b']);
  });
});
