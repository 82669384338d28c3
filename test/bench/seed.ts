// Fills the extension's library the way an import does: checked items sent to the background in
// chunks, from an extension page. Used by `npm run bench` and the end-to-end tests.
import type { Page } from 'playwright-core';
import type { Item } from '../../lib/db/schema';
import { importChunks } from '../../lib/import/chunks';

export async function seedLibrary(extensionPage: Page, items: readonly Item[]): Promise<void> {
  for (const chunk of importChunks(items)) {
    const reply = await extensionPage.evaluate(
      (items) => chrome.runtime.sendMessage({ type: 'import-items', items }) as Promise<{ ok: boolean; error?: string }>,
      chunk,
    );
    if (!reply?.ok) throw new Error(`seeding failed: ${reply?.error ?? 'no reply'}`);
  }
}
