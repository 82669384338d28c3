import { z } from 'zod';
import type { RepairReport } from '../db/read-model/repair';
import type { ImportResult } from '../import/commit';
import type { ImportPreview } from '../import/preview';

// Long tasks the extension's pages ask of the background over a port rather than a message: a
// port carries the task's progress, keeps the service worker awake while it reports (Chrome),
// and tells the page at once when the worker went away. Only extension pages may start them.

export const TASK_PORT = 'science-clipper-task';

const blobUrl = z.string().max(2_000);

export const taskSchema = z.discriminatedUnion('type', [
  /** Opens the library in the background, which upgrades it if it is of an older version. */
  z.object({ type: z.literal('open-library') }),
  /** Reads and checks the chosen file (a blob: address of the page) and says what importing it would do; writes nothing. */
  z.object({ type: z.literal('preview-import'), url: blobUrl }),
  /** Reads that file again and imports it, in one transaction. */
  z.object({ type: z.literal('import'), url: blobUrl }),
  /** Compares every card of the read model with its item and rebuilds what differs. */
  z.object({ type: z.literal('repair-library') }),
]);

export type Task = z.infer<typeof taskSchema>;
export type TaskType = Task['type'];

export interface TaskResults {
  'open-library': { ready: true };
  'preview-import': ImportPreview;
  import: ImportResult;
  'repair-library': RepairReport;
}

/** How far a task is: `done` of `total` units (items, pages); `total` null while unknown. */
export interface TaskProgress {
  done: number;
  total: number | null;
}

/** Background → page, on the task's port. */
export type TaskMessage<T extends TaskType> = { progress: TaskProgress } | { done: TaskResults[T] } | { error: string };
