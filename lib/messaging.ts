import { browser } from 'wxt/browser';
import type { Reply, ReplyMap, Request, RequestType } from './messages';

// Every call from a page or a content script to the background, with one rule for the service
// worker going away: Chrome stops an idle worker, and a message sent while it stops fails with
// one of its own sentences ("Could not establish connection. Receiving end does not exist.",
// "…the message channel closed before a response was received"). The next message starts the
// worker again, and every request is safe to repeat (saves merge, edits set a value), so the
// call is sent once more; only then does the user read a sentence in our words, with Retry.
// Any other failure to deliver a message is told in our words too: the browser's own sentence
// goes to the console, never to the user.

/** The browser's words when the worker was not there, or stopped before it answered. */
const WORKER_GONE = [
  /receiving end does not exist/i,
  /message (?:port|channel) closed before a response was received/i,
  /attempting to use a disconnected port/i,
  // Firefox's, when the background page was unloaded before it answered.
  /message manager disconnected/i,
  /promised response from onMessage listener went out of scope/i,
];
/** A content script left behind by an update or reload of the extension: no retry can reach it. */
const CONTEXT_GONE = /extension context invalidated/i;

export const UNREACHABLE_MESSAGE =
  'Science Clipper’s background did not answer: the browser had stopped it and it did not start again in time. Nothing was lost. Try again.';
export const RELOADED_MESSAGE = 'Science Clipper was updated or reloaded since this page was opened. Reload the page, then try again.';
export const UNDELIVERED_MESSAGE = 'Science Clipper could not pass this on to its background, so nothing was changed. Try again.';

/** Thrown when the background answers a request with an error: the caller shows `message`. */
export class BackgroundError extends Error {}

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

/** The error a caller sees for a failure to reach the background: the background's own refusal as it is, anything else in our words. */
export function unavailable(error: unknown): BackgroundError {
  if (error instanceof BackgroundError) return error;
  if (CONTEXT_GONE.test(messageOf(error))) return new BackgroundUnavailable(RELOADED_MESSAGE, false);
  if (isWorkerGone(error)) return new BackgroundUnavailable(UNREACHABLE_MESSAGE, true);
  console.warn('Science Clipper: a message to the background failed', error);
  return new BackgroundUnavailable(UNDELIVERED_MESSAGE, true);
}

export type SendMessage = (message: unknown) => Promise<unknown>;

const sendThroughRuntime: SendMessage = (message) => browser.runtime.sendMessage(message);

/**
 * Sends one typed request to the background and returns its data. Throws BackgroundError with
 * the background's own message when it refused, BackgroundUnavailable when it could not be
 * reached twice in a row (or the extension was reloaded under a content script).
 */
export async function callBackground<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  send: SendMessage = sendThroughRuntime,
): Promise<ReplyMap[T]> {
  let reply: Reply<T> | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      reply = (await send(request)) as Reply<T> | undefined;
      // No reply at all: no listener answered, as when the worker was stopped mid-start.
      if (reply !== undefined) break;
      if (attempt >= 2) throw new BackgroundUnavailable(UNREACHABLE_MESSAGE, true);
    } catch (error) {
      if (attempt >= 2 || !isWorkerGone(error)) throw unavailable(error);
    }
  }
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.data;
}
