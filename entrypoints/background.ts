import { browser } from 'wxt/browser';
import { registerCommands } from '../lib/background/commands';
import { handleMessage } from '../lib/background/handle-message';
import { registerMenus } from '../lib/background/menus';
import { startBackground } from '../lib/background/start';
import { registerTasks } from '../lib/background/tasks';
import { ClipperDB, type ArticleItem } from '../lib/db/schema';
import { capturePendingImages } from '../lib/images/pending';
import { registerReminders, requestReminderCheck } from '../lib/background/reminders';
import { registerOmnibox } from '../lib/omnibox';

// Listeners are registered synchronously: a service worker woken by an event only delivers it
// to listeners that exist when its first run finishes.
export default defineBackground(() => {
  // The background's own connection, the one that may upgrade the library: not lib/db's, which
  // in Firefox (whose background is a page) would wait for the background, that is for itself.
  const db = new ClipperDB();
  // Images are fetched after the save is acknowledged: a picture that fails never fails the save.
  const hooks = {
    articleWritten: (item: ArticleItem) => void capturePendingImages(db, item),
    // A follow-up set, moved or cleared (or a job deleted, imported, closed) moves the next reminder.
    written: () => requestReminderCheck(db),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender, hooks));
  registerTasks(db);
  registerMenus();
  registerCommands();
  registerOmnibox(db);
  void startBackground(db);
  registerReminders(db);
});
