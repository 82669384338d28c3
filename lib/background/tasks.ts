import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { repairReadModel } from '../db/read-model/repair';
import { ClipperDB } from '../db/schema';
import { openImportFile } from '../import/file-import';
import { commitImport } from '../import/commit';
import { previewImport } from '../import/preview';
import { errorMessage } from './error-message';
import { keepAlive } from './keep-alive';
import { broadcastRefresh } from './tabs';
import { TASK_PORT, type Task, type TaskMessage, type TaskProgress, type TaskResults, type TaskType } from './task-protocol';
import { taskSchema } from './task-schema';

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
  /** The connection an import writes through: the same database, without the projection (lib/import/commit.ts). */
  importDb(): ClipperDB;
  /** The extension's origin, which the chosen file's blob: address must have. */
  origin: string;
  progress(progress: TaskProgress): void;
  /** Aborted when the page that asked went away: a preview is then not worth finishing. */
  signal: AbortSignal;
}

/** Runs one task in the background. */
export async function runTaskHere<T extends TaskType>(task: Extract<Task, { type: T }>, context: TaskContext): Promise<TaskResults[T]>;
export async function runTaskHere(task: Task, { db, importDb, origin, progress, signal }: TaskContext): Promise<TaskResults[TaskType]> {
  const onProgress = (done: number, total: number | null) => progress({ done, total });
  switch (task.type) {
    case 'open-library':
      await db.open();
      return { ready: true };
    case 'preview-import':
      return previewImport(db, await openImportFile(task.url, origin), { onProgress, signal });
    case 'import': {
      // Not stopped when the page goes away: the import commits or not as a whole, and the page's
      // retry after a stopped worker is answered with its result.
      const result = await commitImport(importDb(), task.url, await openImportFile(task.url, origin), { onProgress });
      void broadcastRefresh();
      return result;
    }
    case 'repair-library': {
      const report = await repairReadModel(db, { full: true, onProgress });
      void broadcastRefresh();
      return report;
    }
  }
}

/** Answers the tasks pages start over a port (lib/background-call.ts `runTask`); call when the worker starts. */
export function registerTasks(db: ClipperDB): void {
  let importDb: ClipperDB | null = null;
  const importConnection = () => (importDb ??= new ClipperDB(db.name, { projection: false }));
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
        const done = await keepAlive(
          runTaskHere(parsed.data, {
            db,
            importDb: importConnection,
            origin: self.location.origin,
            progress: (progress) => post({ progress }),
            signal: gone.signal,
          }),
        );
        post({ done });
      } catch (error) {
        post({ error: errorMessage(error) });
      }
    });
  });
}
