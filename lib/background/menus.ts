import { browser, type Browser } from 'wxt/browser';
import { OUR_PAGES } from '../content/pages';
import { sendTabCommand } from './tabs';

export const SAVE_MENU_ID = 'save-page';

/** Registers the context menu's listeners; call synchronously when the worker starts. */
export function registerMenus(): void {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener(onMenuClicked);
}

/**
 * Menus outlive the worker, so they are created once per install or update; removing first
 * avoids a duplicate-id error when an update finds the old entry still there.
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: 'Save to Science Clipper',
    contexts: ['page', 'selection', 'image'],
    documentUrlPatterns: OUR_PAGES,
  });
}

export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) await sendTabCommand(tab.id, { type: 'save-page-command' });
}
