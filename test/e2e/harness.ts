// Shared set-up of the end-to-end tests: the built extension loaded in Debian's Chromium,
// fixtures served at their real addresses, and nothing else reachable.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

/** The extension APIs as seen inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

export const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Fixture {
  name: string;
  html: string;
  /** The address the fixture was visited at (`_source` of its expected file). */
  source: string;
  expected: Record<string, unknown>;
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
  const profile = mkdtempSync(join(tmpdir(), 'sc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/**
 * Serves `html` at every address of its host whose path is `pathname`, whatever the host
 * spelling, query or fragment, so URL variants of one page reach the same fixture.
 */
export async function serve(context: BrowserContext, host: 'science' | 'jobs', pathname: string | RegExp, html: string): Promise<void> {
  const hostPattern = host === 'science' ? /^(www\.)?amazon\.science$/ : /^(www\.)?amazon\.jobs$/;
  await context.route(
    (url) => hostPattern.test(url.hostname) && (typeof pathname === 'string' ? url.pathname.replace(/\/$/, '') === pathname.replace(/\/$/, '') : pathname.test(url.pathname)),
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
