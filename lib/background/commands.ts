import { browser, type Browser } from 'wxt/browser';
import { sendTabCommand } from './tabs';

/** The keyboard command declared in wxt.config.ts (Alt+Shift+S). */
export const SAVE_PAGE_COMMAND = 'save-page';

/** Registers the keyboard command's listener; call synchronously when the worker starts. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(onCommand);
}

export async function onCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== SAVE_PAGE_COMMAND) return;
  // Older Chrome versions fire the command without its tab.
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id !== undefined) await sendTabCommand(target.id, { type: 'save-page-command' });
}
