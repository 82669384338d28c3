// Library-page helpers for the end-to-end tests and `npm run bench`. `seedLibrary` fills the
// library the way an import does: the export file handed to the background as a blob: address,
// previewed, then imported. (It passes the file through page.evaluate: fine for tests, too slow
// for the bench's 100 MB, which goes through the page's file field instead.)
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Item } from '../../lib/db/schema';
import { exportParts } from '../../lib/export/library-json';

/** The extension APIs inside extension pages, where these `page.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

export async function seedLibrary(extensionPage: Page, items: readonly Item[]): Promise<void> {
  const error = await extensionPage.evaluate(async (text) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    for (const type of ['preview-import', 'import-file'] as const) {
      const reply = (await chrome.runtime.sendMessage({ type, url })) as { ok: boolean; error?: string } | undefined;
      if (!reply?.ok) return reply?.error ?? 'no reply';
    }
    URL.revokeObjectURL(url);
    return null;
  }, exportParts(items).join(''));
  if (error) throw new Error(`seeding failed: ${error}`);
}

/** Opens the library page's "Export / import" panel unless it is open. */
export async function openFiles(libraryPage: Page): Promise<void> {
  const toggle = libraryPage.getByRole('button', { name: 'Export / import' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
