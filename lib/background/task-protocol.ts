import type { z } from 'zod';
import type { RepairReport } from '../db/read-model/repair';
import type { ImportResult } from '../import/commit';
import type { ImportPreview } from '../import/preview';
import type { taskSchema } from './task-schema';

// Long tasks the extension's pages ask of the background over a port rather than a message: a
// port carries the task's progress, keeps the service worker awake while it reports (Chrome),
// and tells the page at once when the worker went away. Only extension pages may start them.
// Types only, and the port's name: every page loads this, and the schema that checks a task
// (task-schema.ts) would bring zod into pages that never check anything, the popup first.

export const TASK_PORT = 'science-clipper-task';

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
