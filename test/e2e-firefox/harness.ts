// Shared set-up of the Firefox end-to-end tests: the built Firefox package installed in Debian's
// Firefox ESR, driven over WebDriver BiDi by puppeteer-core; fixtures are served at their real
// addresses by a local proxy (fixture-proxy.ts) and nothing else is reachable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { readStoreRows, ROOT, until } from '../e2e/harness';
import { FixtureProxy } from './fixture-proxy';

export const EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The extension's pages live at moz-extension://<this>/: fixed by a pref, so tests know the address. */
const EXTENSION_UUID = '3f6c1e9a-52b4-4d7e-9a10-5c2e8b7d4f61';
/** Every wait of these tests: generous, for a loaded 2-core machine. */
export const WAIT_MS = 30_000;

export const SCIENCE = /^(www\.)?amazon\.science$/;
export const JOBS = /^(www\.)?amazon\.jobs$/;
export const IMAGES = /^(cdn|assets)\.amazon\.science$/;

export interface FirefoxSession {
  browser: Browser;
  proxy: FixtureProxy;
  /** `moz-extension://<uuid>`, the origin of the extension's pages. */
  origin: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const proxy = new FixtureProxy();
  const port = await proxy.start();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    protocolTimeout: 120_000,
    // Lets the test open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return {
    browser,
    proxy,
    origin: `moz-extension://${EXTENSION_UUID}`,
    close: async () => {
      await browser.close();
      await proxy.stop();
    },
  };
}

export async function newTab(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(url, { timeout: WAIT_MS });
  return page;
}

/**
 * Opens one of the extension's pages and waits for `ready` to appear. Navigating to an extension
 * page may not report its end while the page is still rendering, so the selector is what is
 * awaited: polled, because a wait begun in the blank tab fails, rather than starts again, when
 * the navigation replaces its document (seen once in CI-sized runs: "Waiting for selector failed").
 */
export async function openExtensionPage(session: FirefoxSession, path: string, ready: string): Promise<Page> {
  const page = await session.browser.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const address = `${session.origin}/${path}`;
  page.goto(address).catch(() => undefined);
  // The tab's own address, read in it: puppeteer's record of it is not updated for this navigation.
  const shown = () => page.evaluate(() => location.href).catch(() => '');
  await until(
    async () => (await shown()).startsWith(address) && (await page.$(ready).catch(() => null)) !== null,
    `${ready} in ${path}`,
    WAIT_MS,
  );
  return page;
}

// Finds elements by ARIA role and accessible name, in the document and in every open shadow root
// (our widget's), the way a person finds them: class names change, names and roles do not. Sent
// to the page as source text so that the test's compiler adds nothing to it.
const FIND_BY_ROLE = `(role, name, isPattern) => {
  const implicit = { BUTTON: 'button', ARTICLE: 'article', SECTION: 'region', NAV: 'navigation', MAIN: 'main', H1: 'heading', H2: 'heading', H3: 'heading' };
  const roots = [document];
  const found = [];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const own = el.getAttribute('role') ?? (el.tagName === 'A' && el.hasAttribute('href') ? 'link' : implicit[el.tagName]);
      if (own !== role || el.getClientRects().length === 0) continue;
      const ids = el.getAttribute('aria-labelledby');
      const label = el.getAttribute('aria-label')
        ?? (ids ? ids.split(/\\s+/).map((id) => el.getRootNode().getElementById(id)?.textContent ?? '').join(' ') : el.textContent ?? '');
      const text = label.replace(/\\s+/g, ' ').trim();
      if (isPattern ? new RegExp(name).test(text) : text === name) found.push(el);
    }
  }
  return found;
}`;

function roleQuery(role: string, name: string | RegExp): string {
  const args = [role, typeof name === 'string' ? name : name.source, typeof name !== 'string'].map((a) => JSON.stringify(a)).join(', ');
  return `(${FIND_BY_ROLE})(${args})`;
}

/** Waits for the first visible element with this role and accessible name (exact, or a pattern). */
export async function byRole(page: Page, role: string, name: string | RegExp): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(`${roleQuery(role, name)}[0] ?? null`, { timeout: WAIT_MS, polling: 200 });
  return handle as ElementHandle<Element>;
}

/** How many visible elements have this role and accessible name now. */
export async function countByRole(page: Page, role: string, name: string | RegExp): Promise<number> {
  return page.evaluate(`${roleQuery(role, name)}.length`) as Promise<number>;
}

/** Rows of one of the extension's IndexedDB stores, read from one of its pages (Blobs come back as their size). */
export async function storeRows(extensionPage: Page, store: 'items' | 'images' | 'snapshots'): Promise<Array<Record<string, unknown>>> {
  return extensionPage.evaluate(readStoreRows, store);
}

/** The toolbar badge text of the tab showing `url`, asked of the extension from one of its pages. */
export async function badgeText(extensionPage: Page, url: string): Promise<string> {
  return extensionPage.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === pageUrl);
    return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
  }, url);
}
