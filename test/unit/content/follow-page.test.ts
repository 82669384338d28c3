import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '../../../lib/content/dom-changes';
import { followPage } from '../../../lib/content/follow-page';

const noOurs = () => false;

/** A stand-in for what runs per page state: records its start and stop. */
function recorder() {
  const log: string[] = [];
  const start = (url: string) => {
    log.push(`start ${url}`);
    return { stop: () => log.push(`stop ${url}`) };
  };
  return { log, start };
}

function settleNow() {
  return { settled: Promise.resolve(), cancel: () => {} };
}

describe('followPage', () => {
  it('stops the old page state at once and starts the new one once the page settled', async () => {
    const { log, start } = recorder();
    let release!: () => void;
    const follower = followPage({
      url: 'https://www.amazon.jobs/en/search',
      start,
      settle: () => ({ settled: new Promise<void>((resolve) => (release = resolve)), cancel: () => {} }),
    });
    follower.navigate('https://www.amazon.jobs/en/jobs/1324373/x');
    expect(log).toEqual(['start https://www.amazon.jobs/en/search', 'stop https://www.amazon.jobs/en/search']);
    expect(follower.current()).toBeNull();
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(log.at(-1)).toBe('start https://www.amazon.jobs/en/jobs/1324373/x');
  });

  it('treats a new fragment or tracking parameter as the same page', () => {
    const { log, start } = recorder();
    const follower = followPage({ url: 'https://www.amazon.science/blog/a?utm_source=x', start, settle: settleNow });
    follower.navigate('https://www.amazon.science/blog/a#comments');
    follower.navigate('https://amazon.science/blog/a/');
    expect(log).toEqual(['start https://www.amazon.science/blog/a?utm_source=x']);
  });

  it('starts only the last of several quick navigations', async () => {
    const { log, start } = recorder();
    const releases: (() => void)[] = [];
    const follower = followPage({
      url: 'https://www.amazon.jobs/en/search',
      start,
      settle: () => ({ settled: new Promise<void>((resolve) => releases.push(resolve)), cancel: () => {} }),
    });
    follower.navigate('https://www.amazon.jobs/en/search?offset=10');
    follower.navigate('https://www.amazon.jobs/en/search?offset=20');
    for (const release of releases) release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.filter((line) => line.startsWith('start'))).toEqual([
      'start https://www.amazon.jobs/en/search',
      'start https://www.amazon.jobs/en/search?offset=20',
    ]);
  });

  it('starts nothing after stop, even for a navigation still settling', async () => {
    const { log, start } = recorder();
    const follower = followPage({ url: 'https://www.amazon.jobs/en/search', start, settle: settleNow });
    follower.navigate('https://www.amazon.jobs/en/jobs/1');
    follower.stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    follower.navigate('https://www.amazon.jobs/en/jobs/2');
    expect(log).toEqual(['start https://www.amazon.jobs/en/search', 'stop https://www.amazon.jobs/en/search']);
  });
});

describe('whenSettled', () => {
  // Fake timers: on a loaded machine, real ones fire late and would make "quiet" arrive early.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** Advances the clock and lets the page's mutation callbacks run between steps. */
  async function elapse(ms: number): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms);
  }

  function watch(quietMs: number, maxMs: number, ours: (node: Node) => boolean = noOurs) {
    const state = { settled: false };
    const settling = whenSettled(window, ours, quietMs, maxMs);
    void settling.settled.then(() => (state.settled = true));
    return { state, settling };
  }

  it('waits until the page has stopped changing for the quiet time', async () => {
    const { state } = watch(100, 5_000);
    for (let i = 0; i < 4; i++) {
      await elapse(60);
      document.body.append(document.createElement('p'));
    }
    await elapse(60);
    expect(state.settled).toBe(false);
    await elapse(60);
    expect(state.settled).toBe(true);
  });

  it('gives up waiting on a page that never stops changing', async () => {
    const { state } = watch(100, 300);
    for (let i = 0; i < 12; i++) {
      await elapse(30);
      document.body.append(document.createElement('p'));
    }
    expect(state.settled).toBe(true);
  });

  it('does not count our own hosts coming and going as the page changing', async () => {
    const { state } = watch(150, 5_000, (node) => node.nodeName === 'SCIENCE-CLIPPER-WIDGET');
    for (let i = 0; i < 3; i++) {
      await elapse(60);
      document.body.append(document.createElement('science-clipper-widget'));
    }
    expect(state.settled).toBe(true);
  });

  it('never settles once cancelled', async () => {
    const { state, settling } = watch(100, 300);
    settling.cancel();
    await elapse(1_000);
    expect(state.settled).toBe(false);
  });
});
