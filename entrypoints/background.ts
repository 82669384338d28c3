import { browser } from 'wxt/browser';
import { registerCommands } from '@/lib/background/commands';
import { handleMessage } from '@/lib/background/handle-message';
import { registerMenus } from '@/lib/background/menus';
import { db } from '@/lib/db';

// Listeners are registered synchronously: a service worker woken by an event only delivers it
// to listeners that exist when its first run finishes.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender));
  registerMenus();
  registerCommands();
});
