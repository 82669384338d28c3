/** Runs a task later; returns the function that cancels it if it has not run yet. */
export type Schedule = (task: () => void) => () => void;

/**
 * Runs each task in an idle moment of the page's main thread, so our work never delays the
 * page's own; a page that is never idle still gets it done after `timeoutMs`. Where the browser
 * has no idle callbacks (jsdom), tasks run on the next turn.
 */
export function idleScheduler(win: Window & typeof globalThis, timeoutMs = 2_000): Schedule {
  return (task) => {
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(() => task(), { timeout: timeoutMs });
      return () => win.cancelIdleCallback(id);
    }
    const id = win.setTimeout(task, 0);
    return () => win.clearTimeout(id);
  };
}
