import { browser } from 'wxt/browser';
import { registerCommands } from '@/lib/background/commands';
import { handleMessage } from '@/lib/background/handle-message';
import { registerMenus } from '@/lib/background/menus';
import { startBackground } from '@/lib/background/start';
import { registerTasks } from '@/lib/background/tasks';
import { db } from '@/lib/db';
import type { ArticleItem } from '@/lib/db/schema';
import { capturePendingImages } from '@/lib/images/pending';
import { registerOmnibox } from '@/lib/omnibox';

// Listeners are registered synchronously: a service worker woken by an event only delivers it
// to listeners that exist when its first run finishes.
export default defineBackground(() => {
  // Images are fetched after the save is acknowledged: a picture that fails never fails the save.
  const hooks = { articleWritten: (item: ArticleItem) => void capturePendingImages(db, item) };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender, hooks));
  registerTasks(db);
  registerMenus();
  registerCommands();
  registerOmnibox(db);
  void startBackground(db);
});
