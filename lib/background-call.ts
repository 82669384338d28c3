import { browser, type Browser } from 'wxt/browser';
import { TASK_PORT, type Task, type TaskMessage, type TaskProgress, type TaskResults, type TaskType } from './background/task-protocol';
import { BackgroundError, isWorkerGone, unavailable } from './messaging';

// Long tasks of the extension's pages, run by the background over a port, with the rule of
// ./messaging.ts for the service worker going away: started once more, then our words.

/** The part of a runtime port a task uses (a stand-in in tests). */
export type TaskPort = Pick<Browser.runtime.Port, 'postMessage' | 'disconnect'> & {
  onMessage: Pick<Browser.runtime.Port['onMessage'], 'addListener'>;
  onDisconnect: Pick<Browser.runtime.Port['onDisconnect'], 'addListener'>;
};
export type Connect = (name: string) => TaskPort;

const connectThroughRuntime: Connect = (name) => browser.runtime.connect({ name });

/** One attempt: resolves with the result, rejects with the background's error, or with `gone` when the port closed first. */
function attemptTask<T extends TaskType>(
  task: Extract<Task, { type: T }>,
  connect: Connect,
  onProgress?: (progress: TaskProgress) => void,
): Promise<TaskResults[T]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let port: TaskPort;
    try {
      port = connect(TASK_PORT);
    } catch (error) {
      reject(error);
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      const reply = message as TaskMessage<T>;
      if ('progress' in reply) {
        onProgress?.(reply.progress);
        return;
      }
      settled = true;
      port.disconnect();
      if ('done' in reply) resolve(reply.done);
      else reject(new BackgroundError(reply.error));
    });
    port.onDisconnect.addListener(() => {
      if (settled) return;
      settled = true;
      reject(new Error('The message port closed before a response was received.'));
    });
    port.postMessage(task);
  });
}

/**
 * Runs a long task in the background over a port, reporting its progress. A task whose port
 * closes before it answers (the worker stopped) is started once more: every task can be repeated
 * (an import already committed answers with its result; the others redo idempotent work).
 */
export async function runTask<T extends TaskType>(
  task: Extract<Task, { type: T }>,
  onProgress?: (progress: TaskProgress) => void,
  connect: Connect = connectThroughRuntime,
): Promise<TaskResults[T]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptTask(task, connect, onProgress);
    } catch (error) {
      if (error instanceof BackgroundError || attempt >= 2 || !isWorkerGone(error)) throw unavailable(error);
    }
  }
}
