import { browser } from 'wxt/browser';
import { registerCommands } from '@/lib/background/commands';
import { handleMessage } from '@/lib/background/handle-message';
import { registerMenus } from '@/lib/background/menus';
import { registerReminders, requestReminderCheck } from '@/lib/background/reminders';
import { db } from '@/lib/db';
import type { ArticleItem } from '@/lib/db/schema';
import { captureImages } from '@/lib/images/capture';
import { registerOmnibox } from '@/lib/omnibox';

// Listeners are registered synchronously: a service worker woken by an event only delivers it
// to listeners that exist when its first run finishes.
export default defineBackground(() => {
  // Images are fetched after the save is acknowledged: a picture that fails never fails the save.
  const hooks = {
    articleWritten: (item: ArticleItem) => void captureImages(db, item.id, item.clip),
    // A follow-up set, moved or cleared (or a job deleted, imported, closed) moves the next reminder.
    written: () => requestReminderCheck(db),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(db, message, sender, hooks));
  registerMenus();
  registerCommands();
  registerOmnibox(db);
  registerReminders(db);
});
