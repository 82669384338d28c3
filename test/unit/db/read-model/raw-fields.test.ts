// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemSchema } from '../../../../lib/db/item-schema';
import { articleItem, jobItem } from '../../ui/helpers';

// Issue 11, point 9: the stored card imported lib/ui/format, so rewording the interface silently
// changed stored rows; and a field added to Item could be dropped by import. The read model now
// lives beside the schema and is built from raw fields only, and the item types are the schema's.

const ROOT = join(import.meta.dirname, '../../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const importsOf = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);

describe('the read model', () => {
  it('lives in lib/db and reads nothing of the interface', () => {
    for (const file of sources('lib/db')) {
      for (const specifier of importsOf(file))
        expect(specifier, `${relative(ROOT, file)} imports ${specifier}`).not.toMatch(/(^|\/)(ui|components|entrypoints)\//);
    }
  });

  it('leaves lib/search the index, its tokenizer and highlighting', () => {
    expect(
      sources('lib/search')
        .map((file) => file.replace('lib/search/', ''))
        .sort(),
    ).toEqual(['highlight.ts', 'search-index.ts', 'sync.ts', 'tokenize.ts']);
  });
});

describe('the item schema', () => {
  it('keeps every field of a stored item: what the type holds is what an import keeps', () => {
    for (const item of [
      articleItem('science-profile-leino', { tags: ['a'] }),
      jobItem('jobs-detail-1324373', { status: 'applied', notes: 'n', followUp: '2026-01-02' }),
    ]) {
      expect(itemSchema.parse(item)).toEqual(item);
    }
  });
});
