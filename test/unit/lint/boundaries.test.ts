// @vitest-environment node
// The lint rules that hold our boundaries (eslint/boundaries.js), run by ESLint on small sources
// placed where real files live.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(process.cwd(), file) });
  // Only the rules under test: the snippets are not meant to satisfy every other rule.
  return result!.messages.map((m) => m.ruleId ?? m.message).filter((id) => /^(boundaries\/|no-restricted-imports$)/.test(id));
}

describe('boundary lint rules', { timeout: 60_000 }, () => {
  it('refuses a database write module in a component or a page, whatever the import spelling', async () => {
    expect(await ruleIds('components/Thing.tsx', "import { setTags } from '../lib/db/items';\nsetTags;\n")).toContain(
      'boundaries/no-db-writes-outside-background',
    );
    expect(await ruleIds('entrypoints/popup/Thing.tsx', "import { bulkTag } from '@/lib/library/tags';\nbulkTag;\n")).toContain(
      'boundaries/no-db-writes-outside-background',
    );
  });

  it('allows type-only imports of them, and the background to load them', async () => {
    expect(
      await ruleIds('components/Thing.tsx', "import type { SaveOptions } from '../lib/db/items';\nexport type T = SaveOptions;\n"),
    ).toEqual([]);
    expect(await ruleIds('entrypoints/background.ts', "import { saveClip } from '../lib/db/items';\nsaveClip;\n")).toEqual([]);
  });

  it('refuses imports from another entrypoint, not from the same one', async () => {
    expect(
      await ruleIds('entrypoints/options/main.tsx', "import { ExportButtons } from '../library/ExportButtons';\nExportButtons;\n"),
    ).toContain('boundaries/no-imports-between-entrypoints');
    expect(await ruleIds('entrypoints/library/main.tsx', "import { Library } from './Library';\nLibrary;\n")).toEqual([]);
  });

  it('keeps one import style: relative paths, no alias', async () => {
    expect(await ruleIds('lib/thing.ts', "import { db } from '@/lib/db';\ndb;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('lib/thing.ts', "import { db } from './db';\ndb;\n")).toEqual([]);
  });
});
