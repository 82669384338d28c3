import { describe, expect, test } from 'vitest';
import { importChunks } from '@/lib/import/chunks';
import { jobItem } from '../ui/helpers';

describe('importChunks', () => {
  const jobs = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => jobItem({ careers: n }));
  test('keeps every item once, in order, within the item limit', () => {
    const chunks = importChunks(jobs, 3);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 2]);
    expect(chunks.flat()).toEqual(jobs);
  });

  test('starts a new chunk before the size limit, and lets one oversized item travel alone', () => {
    const size = JSON.stringify(jobs[0]).length;
    const big = { ...jobs[1]!, notes: 'x'.repeat(size * 3) };
    const chunks = importChunks([jobs[0]!, big, jobs[2]!], 100, size * 2);
    expect(chunks.map((c) => c.map((i) => i.id))).toEqual([[jobs[0]!.id], [big.id], [jobs[2]!.id]]);
  });
});
