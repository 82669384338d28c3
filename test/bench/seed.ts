// Library-page helpers for the end-to-end tests and `npm run bench`. `seedLibrary` fills the
// library the way an import does: the export file handed to the background as a blob: address,
// previewed, then imported, over the background's task port (lib/background/task-protocol.ts).
// (It passes the file through page.evaluate: fine for tests, too slow for the bench's 100 MB,
// which goes through the page's file field instead.)
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Item } from '../../lib/db/schema';
import { TASK_PORT } from '../../lib/background/task-protocol';
import { exportParts } from '../../lib/export/library-json';

/** The extension APIs inside extension pages, where these `page.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

/** Runs one background task from an extension page and returns its result (or throws its error). */
export async function runTaskIn(extensionPage: Page, task: Record<string, unknown>): Promise<unknown> {
  const reply = await extensionPage.evaluate(
    ([port, task]) =>
      new Promise<{ done?: unknown; error?: string }>((resolve) => {
        const channel = chrome.runtime.connect({ name: port });
        channel.onMessage.addListener((message: { done?: unknown; error?: string }) => {
          if ('done' in message || 'error' in message) resolve(message);
        });
        channel.onDisconnect.addListener(() => resolve({ error: 'the port closed' }));
        channel.postMessage(task);
      }),
    [TASK_PORT, task] as const,
  );
  if (reply.error !== undefined) throw new Error(reply.error);
  return reply.done;
}

export async function seedLibrary(extensionPage: Page, items: readonly Item[]): Promise<void> {
  const url = await extensionPage.evaluate(
    (text) => URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    exportParts(items).join(''),
  );
  try {
    await runTaskIn(extensionPage, { type: 'preview-import', url });
    await runTaskIn(extensionPage, { type: 'import', url });
  } catch (error) {
    throw new Error(`seeding failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await extensionPage.evaluate((blobUrl) => URL.revokeObjectURL(blobUrl), url);
  }
}

/** Opens the library page's "Export / import" panel unless it is open. */
export async function openFiles(libraryPage: Page): Promise<void> {
  const toggle = libraryPage.getByRole('button', { name: 'Export / import' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
