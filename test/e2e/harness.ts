// Shared set-up of the end-to-end tests: the built extension loaded in Debian's Chromium,
// fixtures served at their real addresses, and nothing else reachable.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

/** The extension APIs as seen inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
/** The folder of the built extension (`npm run build`). */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Fixture {
  name: string;
  html: string;
  /** The address the fixture was visited at (`_source` of its expected file). */
  source: string;
  expected: Record<string, unknown>;
}

/** The names of every fixture in test/fixtures, so that fixtures added later are covered too. */
export function fixtureNames(): string[] {
  return readdirSync(join(ROOT, 'test/fixtures'))
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.replace(/\.expected\.json$/, ''))
    .sort();
}

export function fixture(name: string): Fixture {
  const dir = join(ROOT, 'test/fixtures');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
  return { name, html: readFileSync(join(dir, `${name}.html`), 'utf8'), source: String(expected._source), expected };
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension; every request outside the routes a test adds fails fast. */
export async function launch(): Promise<Session> {
  return launchProfile(EXTENSION_DIR, mkdtempSync(join(tmpdir(), 'sc-e2e-')));
}

/**
 * Chromium on the profile in `profileDir` (kept from one launch to the next) with the extension
 * in `extensionDir`, which must have a service worker. An unpacked extension's id comes from its
 * folder, so replacing the folder's files between two launches is an update of the extension,
 * keeping its storage. Every request outside the routes a test adds fails fast.
 */
export async function launchProfile(extensionDir: string, profileDir: string): Promise<Session> {
  const context = await launchContext(profileDir, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** The same Chromium without any extension: the baseline of the benchmarks' with-minus-without figures. */
export async function launchWithoutExtension(): Promise<BrowserContext> {
  return launchContext(mkdtempSync(join(tmpdir(), 'sc-e2e-')), ['--disable-extensions']);
}

async function launchContext(profileDir: string, extensionArgs: string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  return context;
}

/**
 * Serves `html` at every address of its host whose path is `pathname`, whatever the host
 * spelling, query or fragment, so URL variants of one page reach the same fixture.
 */
export async function serve(context: BrowserContext, host: 'science' | 'jobs', pathname: string | RegExp, html: string): Promise<void> {
  const hostPattern = host === 'science' ? /^(www\.)?amazon\.science$/ : /^(www\.)?amazon\.jobs$/;
  await context.route(
    (url) =>
      hostPattern.test(url.hostname) &&
      (typeof pathname === 'string' ? url.pathname.replace(/\/$/, '') === pathname.replace(/\/$/, '') : pathname.test(url.pathname)),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export async function openPopup(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 580 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/** The toolbar badge text the background set for the tab showing `page`. */
export async function badgeText(session: Session, page: Page): Promise<string> {
  const url = page.url();
  return session.worker.evaluate(async (pageUrl) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === pageUrl);
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/**
 * A real PNG (a diagonal two-colour gradient) of the given size, built here so that tests can
 * serve images without any file or network: signature, IHDR, one zlib-deflated IDAT, IEND.
 */
export function pngImage(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      rows.set([Math.round(20 + 40 * t), Math.round(90 + 110 * t), Math.round(160 + 60 * (1 - t))], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The reader's address for one saved item. */
export function readerUrl(session: Session, itemId: string): string {
  return `chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(itemId)}`;
}

/**
 * Reads every row of one of the extension's IndexedDB stores, Blobs as their size and type. Runs
 * inside the extension (its service worker, or one of its pages in Firefox): pass it to `evaluate`.
 */
export const readStoreRows = (name: string) =>
  new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    const open = indexedDB.open('science-clipper');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction(name).objectStore(name).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () =>
        resolve(
          (all.result as Array<Record<string, unknown>>).map((row) =>
            Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Blob ? { blobSize: v.size, blobType: v.type } : v])),
          ),
        );
    };
  });

/** Rows of one of the extension's IndexedDB stores, read in the service worker (Blobs come back as their size). */
export async function storeRows(session: Session, store: 'items' | 'images' | 'snapshots'): Promise<Array<Record<string, unknown>>> {
  return session.worker.evaluate(readStoreRows, store);
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
