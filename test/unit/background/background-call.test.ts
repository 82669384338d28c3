// @vitest-environment node
import { describe, expect, test, vi } from 'vitest';
import { runTask, type TaskPort } from '../../../lib/background-call';
import {
  BackgroundError,
  BackgroundUnavailable,
  callBackground,
  RELOADED_MESSAGE,
  UNDELIVERED_MESSAGE,
  UNREACHABLE_MESSAGE,
} from '../../../lib/messaging';

// Issue 11, point 1: after the service worker stopped mid-save, the widget and the import panel
// showed the browser's own sentences. A call that fails because the worker went away is sent
// once more; only then does the caller get a sentence in our words, marked retryable.

const GONE = [
  'Could not establish connection. Receiving end does not exist.',
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  'The message port closed before a response was received.',
  // Firefox's, when its background page was unloaded before it answered.
  'Message manager disconnected',
  'Promised response from onMessage listener went out of scope',
];
const request = { type: 'set-tags' as const, itemId: 'job:1', tags: ['a'] };

/** A sendMessage that plays `outcomes` in turn: an Error is thrown, anything else answered. */
function sender(...outcomes: unknown[]) {
  const sent: unknown[] = [];
  const send = async (message: unknown) => {
    sent.push(message);
    const outcome = outcomes[sent.length - 1];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { send, sent };
}

describe('callBackground', () => {
  test.each(GONE)('a call that meets "%s" is sent once more, and its answer returned', async (message) => {
    const { send, sent } = sender(new Error(message), { ok: true, data: { tags: ['a'] } });
    expect(await callBackground(request, send)).toEqual({ tags: ['a'] });
    expect(sent).toEqual([request, request]);
  });

  test.each(GONE)('failing twice with "%s", it says so in our words, retryable, and never shows the browser\'s', async (message) => {
    const { send, sent } = sender(new Error(message), new Error(message));
    const error = await callBackground(request, send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundUnavailable);
    expect(error).toBeInstanceOf(BackgroundError);
    expect((error as BackgroundUnavailable).message).toBe(UNREACHABLE_MESSAGE);
    expect((error as BackgroundUnavailable).retryable).toBe(true);
    expect(sent).toHaveLength(2);
  });

  test('no answer at all (no listener replied) counts as the worker being away', async () => {
    const { send, sent } = sender(undefined, { ok: true, data: { tags: [] } });
    expect(await callBackground(request, send)).toEqual({ tags: [] });
    const twice = sender(undefined, undefined);
    await expect(callBackground(request, twice.send)).rejects.toMatchObject({ message: UNREACHABLE_MESSAGE, retryable: true });
    expect(sent).toHaveLength(2);
  });

  test('a content script left behind by a reload is told to reload its page, without a retry that cannot work', async () => {
    const { send, sent } = sender(new Error('Extension context invalidated.'));
    await expect(callBackground(request, send)).rejects.toMatchObject({ message: RELOADED_MESSAGE, retryable: false });
    expect(sent).toHaveLength(1);
  });

  test("the background's refusal is passed on as it is, never retried", async () => {
    const { send, sent } = sender({ ok: false, error: 'This item is no longer in your library.' });
    const error = await callBackground(request, send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundError);
    expect(error).not.toBeInstanceOf(BackgroundUnavailable);
    expect((error as Error).message).toBe('This item is no longer in your library.');
    expect(sent).toHaveLength(1);
  });

  test("any other failure is not retried, and is told in our words: the browser's goes to the console", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { send, sent } = sender(new TypeError('structured clone failed'));
    const error = await callBackground(request, send).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: UNDELIVERED_MESSAGE, retryable: true });
    expect((error as Error).message).not.toMatch(/clone/);
    expect(sent).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

/** A port whose background answers with `script(attempt)`: messages to post back, or 'disconnect'. */
function connector(script: (attempt: number) => Array<unknown | 'disconnect'>) {
  let attempts = 0;
  const connect = (): TaskPort => {
    const attempt = ++attempts;
    const onMessage: Array<(message: unknown) => void> = [];
    const onDisconnect: Array<() => void> = [];
    return {
      postMessage: () =>
        queueMicrotask(() => {
          for (const step of script(attempt)) {
            if (step === 'disconnect') onDisconnect.forEach((listener) => listener());
            else onMessage.forEach((listener) => listener(step));
          }
        }),
      disconnect: () => undefined,
      onMessage: { addListener: (listener: (message: unknown) => void) => void onMessage.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
    } as unknown as TaskPort;
  };
  return { connect, attempts: () => attempts };
}

describe('runTask', () => {
  test('a port that cannot be opened at all fails in our words', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const connect = () => {
      throw new Error('Error in invocation of runtime.connect');
    };
    await expect(runTask({ type: 'open-library' }, undefined, connect)).rejects.toMatchObject({
      message: UNDELIVERED_MESSAGE,
      retryable: true,
    });
    warn.mockRestore();
  });

  test('reports the progress and resolves with the result', async () => {
    const { connect } = connector(() => [
      { progress: { done: 1, total: 2 } },
      { progress: { done: 2, total: 2 } },
      { done: { ready: true } },
    ]);
    const progress: unknown[] = [];
    expect(await runTask({ type: 'open-library' }, (p) => progress.push(p), connect)).toEqual({ ready: true });
    expect(progress).toEqual([
      { done: 1, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  test('a port closed before the answer (the worker stopped) is opened once more', async () => {
    const { connect, attempts } = connector((attempt) =>
      attempt === 1 ? [{ progress: { done: 5, total: 9 } }, 'disconnect'] : [{ done: { ready: true } }],
    );
    expect(await runTask({ type: 'open-library' }, undefined, connect)).toEqual({ ready: true });
    expect(attempts()).toBe(2);
  });

  test('closed twice, it fails in our words, retryable', async () => {
    const { connect, attempts } = connector(() => ['disconnect']);
    await expect(runTask({ type: 'repair-library' }, undefined, connect)).rejects.toMatchObject({
      message: UNREACHABLE_MESSAGE,
      retryable: true,
    });
    expect(attempts()).toBe(2);
  });

  test("the background's error is passed on as it is, once", async () => {
    const message = 'This is not a Science Clipper export (its "format" is not "science-clipper"). Nothing was imported.';
    const { connect, attempts } = connector(() => [{ error: message }]);
    const error = await runTask({ type: 'preview-import', url: 'blob:x' }, undefined, connect).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackgroundError);
    expect((error as Error).message).toBe(message);
    expect(attempts()).toBe(1);
  });
});
