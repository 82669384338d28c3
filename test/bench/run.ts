// `npm run bench`: the built extension in Chromium (the end-to-end harness's launch) with a
// realistic library of 10,000 items. Prints one line per figure, `BENCH <name> <median> <unit>`;
// lines starting with # are details. Not part of `npm test`: figures depend on the machine.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { exportParts } from '../../lib/export/library-json';
import { fixture, launch, serve, type Session } from '../e2e/harness';
import { bigLibraryFigures } from './big-library';
import { armImportProbe, armInputProbe, readImportProbe, readInputProbe, scrollFrames } from './browser-measures';
import { CONTENT_FIGURES, contentFigures } from './content';
import { generateLibrary } from './library-generator';
import { markdownZipRuns } from './markdown-zip';
import { openFiles } from './seed';

/** The extension APIs inside extension pages, where these `page.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
/**
 * `BENCH_ONLY=popup,export` measures those figures alone (the library is then imported once,
 * untimed); `BENCH_ONLY=content` measures the content script alone, with no library, and
 * `BENCH_ONLY=widget_state_ms` (any figure of test/bench/content.ts) one of its figures;
 * `BENCH_ONLY=big` the 100,000-item export and import alone (test/bench/big-library.ts).
 */
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()) ?? null;

function wanted(figure: string): boolean {
  return ONLY === null || ONLY.includes(figure);
}

/** A content-script figure: wanted with all of them (`content`) or by its own name. */
function wantedContent(figure: string): boolean {
  return wanted('content') || wanted(figure);
}
const SEARCH = '[aria-label="Search the library"]';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function report(name: string, values: readonly number[], unit: string): void {
  console.log(`BENCH ${name} ${median(values).toFixed(1)} ${unit}`);
  console.log(`# ${name}: ${values.length} runs, min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}`);
}

async function extensionPage(session: Session, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Empties the library tables directly: between import runs, outside any timing. */
async function clearLibrary(page: Page): Promise<void> {
  // The page's own database connection must have created the tables first.
  await page.locator('.lib-count, .empty-state').first().waitFor();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('science-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['items', 'cardPages', 'pageSummaries', 'recent', 'snapshots', 'images'], 'readwrite');
          for (const name of ['items', 'cardPages', 'pageSummaries', 'recent', 'snapshots', 'images']) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function countItems(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('science-clipper');
        open.onsuccess = () => {
          const request = open.result.transaction('items').objectStore('items').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

async function waitForIndex(page: Page): Promise<void> {
  await page.locator('[role="feed"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('.lib-count')?.textContent?.includes('indexing'), null, { timeout: 120_000 });
}

interface ImportTimes {
  total: number[];
  preview: number[];
  write: number[];
}

/**
 * Import through the library page as a user does: choose the file, see the preview, confirm.
 * The total counts both waits, not the user's pause between them.
 */
async function importRuns(session: Session, file: string, runs: number): Promise<ImportTimes> {
  const times: ImportTimes = { total: [], preview: [], write: [] };
  const page = await extensionPage(session, 'library.html');
  for (let run = 0; run < runs; run++) {
    await clearLibrary(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await openFiles(page);
    await armImportProbe(page);
    await page.getByLabel('Choose an export file to import').setInputFiles(file);
    const confirm = page.getByRole('button', { name: /^Import [\d,]+ items?$/ });
    await confirm.click({ timeout: 120_000 });
    await page.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
    const { preview, write } = await readImportProbe(page);
    times.total.push(preview + write);
    times.preview.push(preview);
    times.write.push(write);
  }
  await page.close();
  return times;
}

/** The generated library imported once, untimed, for the figures that need a full library. */
async function seedFromFile(session: Session, file: string): Promise<void> {
  const page = await extensionPage(session, 'library.html');
  await openFiles(page);
  await page.getByLabel('Choose an export file to import').setInputFiles(file);
  await page.getByRole('button', { name: /^Import [\d,]+ items?$/ }).click({ timeout: 120_000 });
  await page.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
  await page.close();
}

async function exportRuns(session: Session, runs: number): Promise<number[]> {
  const page = await extensionPage(session, 'library.html');
  await openFiles(page);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    const started = performance.now();
    await page.getByRole('button', { name: 'Export library (JSON)' }).click();
    const file = await download;
    times.push(performance.now() - started);
    if (run === 0) console.log(`# export file: ${file.suggestedFilename()}`);
  }
  await page.close();
  return times;
}

async function searchRuns(session: Session): Promise<number[]> {
  const page = await extensionPage(session, 'library.html');
  await waitForIndex(page);
  const times: number[] = [];
  for (const query of ['machine learning', 'leino', 'seattle applied', 'reasoning proof', 'interview']) {
    await page.locator(SEARCH).fill('');
    await page.locator(SEARCH).focus();
    for (const char of query) {
      await armInputProbe(page, SEARCH);
      await page.keyboard.type(char);
      times.push(await readInputProbe(page));
    }
  }
  console.log(`# search: ${times.length} keystrokes, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
  await page.close();
  return times;
}

async function scrollRuns(session: Session, runs: number): Promise<number[]> {
  const page = await extensionPage(session, 'library.html');
  await waitForIndex(page);
  const medians: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < runs; run++) {
    const frames = await scrollFrames(page, '.lib-list', 120, 480);
    medians.push(median(frames));
    all.push(...frames);
  }
  console.log(
    `# scroll: ${all.length} frames, p95 ${percentile(all, 0.95).toFixed(1)} ms, over 16.7 ms: ${all.filter((t) => t > 16.7).length}`,
  );
  await page.close();
  return medians;
}

/** Open the popup → its list painted (the first item row), measured from navigation start. */
async function popupRuns(session: Session, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 580 });
    await page.addInitScript(() => {
      const w = window as unknown as { __painted?: Promise<number> };
      w.__painted = new Promise((resolve) => {
        const check = () => {
          if (!document.querySelector('.item-row, [role="article"], article')) return false;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
          return true;
        };
        const observer = new MutationObserver(() => check() && observer.disconnect());
        document.addEventListener('DOMContentLoaded', () => check() || observer.observe(document.body, { childList: true, subtree: true }));
      });
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    times.push(await page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted));
    await page.close();
  }
  return times;
}

/** Click "Save" in the widget on a fixture page → the widget shows it stored (the background replies after its commit). */
async function saveRuns(session: Session, runs: number): Promise<number[]> {
  const leino = fixture('science-profile-leino');
  await serve(session.context, 'science', new URL(leino.source).pathname, leino.html);
  const extension = await extensionPage(session, 'library.html');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await session.context.newPage();
    await page.goto(leino.source);
    const save = page.getByRole('button', { name: 'Save to Science Clipper' });
    await save.waitFor();
    await page.waitForTimeout(300);
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot);
          const roots = hosts.map((h) => h.shadowRoot!);
          const button = roots
            .flatMap((r) => [...r.querySelectorAll('button')])
            .find((b) => b.textContent?.includes('Save to Science Clipper'))!;
          const root = button.getRootNode() as ShadowRoot;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            const saved = [...root.querySelectorAll('button')].some((b) =>
              (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().startsWith('Saved'),
            );
            if (saved) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
          button.click();
        }),
    );
    times.push(elapsed);
    await page.close();
    const id = `url:${String(leino.expected.url)}`;
    await extension.evaluate((itemIds) => chrome.runtime.sendMessage({ type: 'delete-items', itemIds }), [id]);
  }
  await extension.close();
  return times;
}

async function bytesPerItem(session: Session): Promise<number> {
  const page = await extensionPage(session, 'options.html');
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  const items = await countItems(page);
  await page.close();
  return (usage ?? 0) / items;
}

/** The figures measured on a library of ITEMS items. */
const LIBRARY_FIGURES = ['import', 'export', 'markdown', 'search', 'scroll', 'popup', 'save', 'big'];

async function launchForBench(): Promise<Session> {
  const session = await launch();
  // tsx names the functions it compiles with a __name() helper that pages do not have; the
  // callbacks given to page.evaluate carry those calls into the page.
  await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return session;
}

async function main(): Promise<void> {
  if (!LIBRARY_FIGURES.some(wanted)) {
    const session = await launchForBench();
    try {
      await contentFigures(session, wantedContent);
    } finally {
      await session.close();
    }
    return;
  }
  const generated = performance.now();
  const items = generateLibrary(ITEMS, { seed: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  const file = join(dir, 'library.json');
  writeFileSync(file, exportParts(items).join(''));
  console.log(
    `# ${ITEMS} items generated from the fixtures in ${((performance.now() - generated) / 1000).toFixed(1)} s; export file ${(readFileSync(file).length / 1024 / 1024).toFixed(1)} MB`,
  );

  // `BENCH_ONLY=big`: the 100,000-item figures alone, each in profiles of their own.
  if (ONLY?.every((figure) => figure === 'big')) return bigLibraryFigures(items, (name, value, unit) => report(name, [value], unit));
  const session = await launchForBench();
  try {
    if (wanted('import')) {
      const imports = await importRuns(session, file, 3);
      report('import_10k_ms', imports.total, 'ms');
      report('import_10k_preview_ms', imports.preview, 'ms');
      report('import_10k_write_ms', imports.write, 'ms');
      console.log(`BENCH db_bytes_per_item ${(await bytesPerItem(session)).toFixed(0)} bytes`);
    } else await seedFromFile(session, file);
    if (wanted('export')) report('export_10k_ms', await exportRuns(session, 5), 'ms');
    if (wanted('markdown')) {
      const markdown = await markdownZipRuns(session, 3);
      report('markdown_zip_10k_ms', markdown.times, 'ms');
      console.log(`BENCH markdown_zip_10k_mb ${markdown.megabytes.toFixed(1)} MB`);
      console.log(`# markdown zip: ${markdown.notes}`);
    }
    if (wanted('search')) report('search_keystroke_ms', await searchRuns(session), 'ms');
    if (wanted('scroll')) report('library_scroll_frame_ms', await scrollRuns(session, 5), 'ms');
    if (wanted('popup')) report('popup_first_render_ms', await popupRuns(session, 7), 'ms');
    if (wanted('save')) report('save_roundtrip_ms', await saveRuns(session, 9), 'ms');
    if (CONTENT_FIGURES.some(wantedContent)) await contentFigures(session, wantedContent);
  } finally {
    await session.close();
  }
  if (wanted('big')) await bigLibraryFigures(items, (name, value, unit) => report(name, [value], unit));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
