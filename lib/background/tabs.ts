import { browser } from 'wxt/browser';
import { OUR_PAGES } from '../content/pages';
import type { TabCommand } from '../content/tab-command';

/**
 * Sends a command to a tab's content script. Tabs opened before the extension was installed or
 * reloaded have none, and the browser rejects: there is nothing to tell them, so that is ignored.
 */
export async function sendTabCommand(tabId: number, command: TabCommand): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, command);
  } catch {
    // No content script in that tab.
  }
}

/**
 * Tells every open page of our sites that the library changed, so each widget and badge asks
 * again what is saved. Resolves once the messages are sent, without waiting for the tabs.
 */
export async function broadcastRefresh(): Promise<void> {
  try {
    const tabs = await browser.tabs.query({ url: OUR_PAGES });
    for (const tab of tabs) if (tab.id !== undefined) void sendTabCommand(tab.id, { type: 'refresh-state' });
  } catch (error) {
    // The write succeeded; stale widgets refresh on their next page state request.
    console.warn('Science Clipper: could not notify open tabs', error);
  }
}
