// Watching the page change under us: for job cards that arrive after load, and for the page to
// settle after a client-side navigation. Both ignore our own hosts, which we add and remove.

/** Links that may be amazon.jobs postings; the card reader decides (its cheap test is `jobs/<digits>`). */
const POSTING_LINK = 'a[href*="jobs/"]';

/** Whether a node added to or removed from the page may be or hold a job card. */
export function mayHoldCards(node: Node, isOurs: (node: Node) => boolean): boolean {
  if (node.nodeType !== 1 || isOurs(node)) return false;
  const element = node as Element;
  return element.matches(POSTING_LINK) || element.querySelector(POSTING_LINK) !== null;
}

export interface CardWatchOptions {
  /** The page's window: its observer and timers. */
  win: Window & typeof globalThis;
  /** Reads the page again; called after the changes have stopped for a moment. */
  onChange: () => void;
  isOurs: (node: Node) => boolean;
  /** Quiet time after the last change before reading. */
  quietMs?: number;
  /** A page that never stops changing is read at least this often. */
  maxWaitMs?: number;
  /** Readings triggered by changes are at least this far apart. */
  minGapMs?: number;
  /** After this many readings the watch ends: a page that keeps adding cards forever is not read forever. */
  maxRuns?: number;
}

/**
 * Calls `onChange`, debounced and bounded, when nodes that may be job cards are added to or
 * removed from the page ("load more", results rendered by script, a list re-rendered). Returns
 * the function that stops watching.
 */
export function watchForCards({
  win,
  onChange,
  isOurs,
  quietMs = 300,
  maxWaitMs = 1_500,
  minGapMs = 1_000,
  maxRuns = 50,
}: CardWatchOptions): () => void {
  let timer: number | undefined;
  let firstPending = 0;
  let lastRun = -Infinity;
  let runs = 0;

  const run = () => {
    timer = undefined;
    lastRun = win.performance.now();
    if (++runs >= maxRuns) observer.disconnect();
    onChange();
  };

  const observer = new win.MutationObserver((records) => {
    const relevant = records.some((record) => [...record.addedNodes, ...record.removedNodes].some((node) => mayHoldCards(node, isOurs)));
    if (!relevant) return;
    const now = win.performance.now();
    if (timer === undefined) firstPending = now;
    else win.clearTimeout(timer);
    const due = Math.max(Math.min(now + quietMs, firstPending + maxWaitMs), lastRun + minGapMs);
    timer = win.setTimeout(run, due - now);
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true });

  return () => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}

/** A change that only added or removed our own hosts. */
function isOnlyOurs(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
}

export interface Settling {
  /** Resolves once the page has not changed for `quietMs`, or after `maxMs` at the latest. */
  settled: Promise<void>;
  cancel(): void;
}

/**
 * Waits for the page to settle: after a client-side navigation the address changes first and the
 * site renders the new page over the next moments, so the new page is read once that is done.
 */
export function whenSettled(win: Window & typeof globalThis, isOurs: (node: Node) => boolean, quietMs = 200, maxMs = 2_000): Settling {
  let cancel = () => {};
  const settled = new Promise<void>((resolve) => {
    let quiet = win.setTimeout(finish, quietMs);
    const latest = win.setTimeout(finish, maxMs);
    const observer = new win.MutationObserver((records) => {
      if (records.every((record) => isOnlyOurs(record, isOurs))) return;
      win.clearTimeout(quiet);
      quiet = win.setTimeout(finish, quietMs);
    });
    observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
    function stop(): void {
      observer.disconnect();
      win.clearTimeout(quiet);
      win.clearTimeout(latest);
    }
    function finish(): void {
      stop();
      resolve();
    }
    cancel = stop;
  });
  return { settled, cancel };
}
