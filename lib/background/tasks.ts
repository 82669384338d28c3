import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { repairReadModel } from '../db/read-model/repair';
import type { ClipperDB } from '../db/schema';
import { openImportFile } from '../import/file-import';
import { cancelImport, commitImport, stageImport } from '../import/staging';
import { errorMessage } from './error-message';
import { keepAlive } from './keep-alive';
import { broadcastRefresh } from './tabs';
import { TASK_PORT, taskSchema, type Task, type TaskMessage, type TaskProgress, type TaskResults, type TaskType } from './task-protocol';

/** Whether a port was opened by one of the extension's own pages: never a content script or another extension. */
export function fromOurPage(sender: Browser.runtime.MessageSender | undefined, origin: string): boolean {
  if (sender?.id !== browser.runtime.id || !sender.url) return false;
  try {
    return new URL(sender.url).origin === origin;
  } catch {
    return false;
  }
}

export interface TaskContext {
  db: ClipperDB;
  /** The extension's origin, which the chosen file's blob: address must have. */
  origin: string;
  progress(progress: TaskProgress): void;
  /** Aborted when the page that asked went away: a preview is then not worth finishing. */
  signal: AbortSignal;
}

/** Runs one task in the background. */
export async function runTaskHere<T extends TaskType>(task: Extract<Task, { type: T }>, context: TaskContext): Promise<TaskResults[T]>;
export async function runTaskHere(task: Task, { db, origin, progress, signal }: TaskContext): Promise<TaskResults[TaskType]> {
  const onProgress = (done: number, total: number | null) => progress({ done, total });
  switch (task.type) {
    case 'open-library':
      await db.open();
      return { ready: true };
    case 'preview-import':
      return stageImport(db, task.url, await openImportFile(task.url, origin), { onProgress, signal });
    case 'import': {
      const result = await commitImport(db, task.url, { onProgress });
      void broadcastRefresh();
      return result;
    }
    case 'cancel-import':
      await cancelImport(db, task.url);
      return { cancelled: true };
    case 'repair-library': {
      const report = await repairReadModel(db, { full: true, onProgress });
      void broadcastRefresh();
      return report;
    }
  }
}

/** Answers the tasks pages start over a port (lib/background-call.ts `runTask`); call when the worker starts. */
export function registerTasks(db: ClipperDB): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TASK_PORT) return;
    if (!fromOurPage(port.sender, self.location.origin)) {
      port.disconnect();
      return;
    }
    const gone = new AbortController();
    port.onDisconnect.addListener(() => gone.abort());
    const post = (message: TaskMessage<TaskType>) => {
      if (gone.signal.aborted) return;
      try {
        port.postMessage(message);
      } catch {
        gone.abort();
      }
    };
    port.onMessage.addListener(async (message: unknown) => {
      const parsed = taskSchema.safeParse(message);
      if (!parsed.success) {
        post({ error: `Invalid task: ${z.prettifyError(parsed.error)}` });
        return;
      }
      try {
        const done = await keepAlive(runTaskHere(parsed.data, { db, origin: self.location.origin, progress: (progress) => post({ progress }), signal: gone.signal }));
        post({ done });
      } catch (error) {
        post({ error: errorMessage(error) });
      }
    });
  });
}
