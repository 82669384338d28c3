import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { itemMarkdown } from '../../../lib/markdown/document';
import { GOLDEN_DIR, GOLDEN_NAMES, goldenItem } from './notes';

// The Markdown of each fixture, compared whole with the file beside it. After a deliberate change
// of the output, rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/unit/markdown/golden.test.ts`
// and read the diff.

describe('Markdown golden files', () => {
  for (const name of GOLDEN_NAMES) {
    test(name, () => {
      const file = join(GOLDEN_DIR, `${name}.md`);
      const markdown = itemMarkdown(goldenItem(name));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, markdown);
      expect(markdown).toBe(readFileSync(file, 'utf8'));
    });
  }
});
