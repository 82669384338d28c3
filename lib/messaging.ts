import { browser } from 'wxt/browser';
import type { Reply, ReplyMap, Request, RequestType } from './messages';

/** Thrown when the background answers a request with an error: the caller shows `message`. */
export class BackgroundError extends Error {}

/** Sends one typed request to the background and returns its data, or throws BackgroundError. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ReplyMap[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new BackgroundError('Science Clipper did not answer. Reload the page and try again.');
  if (!reply.ok) throw new BackgroundError(reply.error);
  return reply.data;
}
