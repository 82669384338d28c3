import { browser, type Browser } from 'wxt/browser';
import { TASK_PORT, type Task, type TaskMessage, type TaskProgress, type TaskResults, type TaskType } from './background/task-protocol';
import type { Reply, ReplyMap, Request, RequestType } from './messages';
import { BackgroundError } from './messaging';

// Every call from a page or a content script to the background, with one rule for the service
// worker going away: Chrome stops an idle worker, and a message sent while it stops fails with
// one of its own sentences ("Could not establish connection. Receiving end does not exist.",
// "…the message channel closed before a response was received"). The next message starts the
// worker again, and every request is safe to repeat (saves merge, edits set a value), so the
// call is sent once more; only then does the user read a sentence in our words, with Retry.

/** The browser's words when the worker was not there, or stopped before it answered. */
const WORKER_GONE = [
  /receiving end does not exist/i,
  /message (?:port|channel) closed before a response was received/i,
  /attempting to use a disconnected port/i,
];
/** A content script left behind by an update or reload of the extension: no retry can reach it. */
const CONTEXT_GONE = /extension context invalidated/i;

export const UNREACHABLE_MESSAGE =
  'Science Clipper’s background did not answer: the browser had stopped it and it did not start again in time. Nothing was lost. Try again.';
export const RELOADED_MESSAGE = 'Science Clipper was updated or reloaded since this page was opened. Reload the page, then try again.';

/** A call that failed because the background could not be reached; `retryable` when trying again may help. */
export class BackgroundUnavailable extends BackgroundError {
  override name = 'BackgroundUnavailable';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether `error` says the background worker was not there to answer. */
export function isWorkerGone(error: unknown): boolean {
  const message = messageOf(error);
  return WORKER_GONE.some((pattern) => pattern.test(message));
}

/** The error a caller sees for a failure to reach the background, or `error` itself. */
function unavailable(error: unknown): unknown {
  if (CONTEXT_GONE.test(messageOf(error))) return new BackgroundUnavailable(RELOADED_MESSAGE, false);
  if (isWorkerGone(error)) return new BackgroundUnavailable(UNREACHABLE_MESSAGE, true);
  return error;
}

export type SendMessage = (message: unknown) => Promise<unknown>;

const sendThroughRuntime: SendMessage = (message) => browser.runtime.sendMessage(message);

/**
 * Sends one typed request to the background and returns its data. Throws BackgroundError with
 * the background's own message when it refused, BackgroundUnavailable when it could not be
 * reached twice in a row (or the extension was reloaded under a content script).
 */
export async function callBackground<T extends RequestType>(request: Extract<Request, { type: T }>, send: SendMessage = sendThroughRuntime): Promise<ReplyMap[T]> {
  let reply: Reply<T> | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      reply = (await send(request)) as Reply<T> | undefined;
      // No reply at all: no listener answered, as when the worker was stopped mid-start.
      if (reply !== undefined) break;
      if (attempt >= 2) throw new BackgroundUnavailable(UNREACHABLE_MESSAGE, true);
    } catch (error) {
      if (error instanceof BackgroundUnavailable) throw error;
      if (attempt >= 2 || !isWorkerGone(error)) throw unavailable(error);
    }
  }
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.data;
}

/** The part of a runtime port a task uses (a stand-in in tests). */
export type TaskPort = Pick<Browser.runtime.Port, 'postMessage' | 'disconnect'> & {
  onMessage: Pick<Browser.runtime.Port['onMessage'], 'addListener'>;
  onDisconnect: Pick<Browser.runtime.Port['onDisconnect'], 'addListener'>;
};
export type Connect = (name: string) => TaskPort;

const connectThroughRuntime: Connect = (name) => browser.runtime.connect({ name });

/** One attempt: resolves with the result, rejects with the background's error, or with `gone` when the port closed first. */
function attemptTask<T extends TaskType>(task: Extract<Task, { type: T }>, connect: Connect, onProgress?: (progress: TaskProgress) => void): Promise<TaskResults[T]> {
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
