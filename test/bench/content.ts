// The content script's cost to the pages it runs on (`BENCH_ONLY=content npm run bench`).
// Every figure is measured on the fixture pages the manifest's content script matches, each
// served at its real address (test/e2e/harness.ts); the library is empty with
// `BENCH_ONLY=content`, and holds the generated library in a full run.
//
// - content_script_bytes: the JavaScript files the manifest injects into every matching page.
// - content_script_ms: the page's main-thread script time (CDP `Performance.getMetrics`,
//   `ScriptDuration`, which counts every script the renderer runs for the page, in every world,
//   compilation included) from navigation to the load event + 1.5 s, in a Chromium with the
//   extension minus a Chromium without it. The two browsers load the same page alternately,
//   which of them goes first alternating too; each page's figure is the median of its pairs.
// - content_long_tasks: main-thread tasks over 50 ms caused by the extension, per page load, same
//   window. From a CDP trace: a `RunTask` longer than 50 ms holding events whose script is a
//   chrome-extension:// address, and no longer than 50 ms without them (a content script run at
//   document_end shares the task that ends the page's parsing; a long parse is the page's). The
//   `#` lines count the long tasks holding any of our script too. The same traces give, in `#` lines,
//   the CPU time of the extension's script: wall-clock figures stretch when other processes load
//   the machine, thread time much less.
// - extract_vs_readability: our full reading of a page (what the content script runs to save it
//   and find its job cards) ÷ `new Readability(clone).parse()`, on the same documents in the same
//   run, in Chromium (both bundled by Vite and run in the page, without the extension), each
//   timed on its first call in a fresh tab, as the content script reads a page once.
// - widget_state_ms: DOMContentLoaded → the widget shows "Save to Science Clipper" or "Saved",
//   on the pages that have a widget.
// Each prints `BENCH <name> <median over the pages> <unit>`; `#` lines give every page.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { fixture, fixtureNames, launchWithoutExtension, ROOT, serve, type Fixture, type Session } from '../e2e/harness';

const RUNS = Number(process.env.BENCH_CONTENT_RUNS ?? 5);
/** The window after the load event in which the extension's work is counted. */
const AFTER_LOAD_MS = 1_500;
const LONG_TASK_US = 50_000;
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const OUR_HOST = /^(www\.)?amazon\.(science|jobs)$/;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function printFigure(name: string, perPage: ReadonlyMap<string, number>, unit: string, digits = 1): void {
  console.log(`BENCH ${name} ${median([...perPage.values()]).toFixed(digits)} ${unit}`);
  console.log(`# ${name}: ${[...perPage].map(([page, value]) => `${page} ${value.toFixed(digits)}`).join(', ')}`);
}

/** The fixtures whose address the content script matches. */
function ourPages(): Fixture[] {
  return fixtureNames()
    .map(fixture)
    .filter((f) => OUR_HOST.test(new URL(f.source).hostname));
}

async function serveAll(context: BrowserContext, pages: readonly Fixture[]): Promise<void> {
  for (const page of pages) {
    const url = new URL(page.source);
    await serve(context, url.hostname.endsWith('jobs') ? 'jobs' : 'science', url.pathname, page.html);
  }
}

function contentScriptBytes(): number {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const files = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  for (const file of files) console.log(`# injected: ${file} ${statSync(join(EXTENSION_DIR, file)).size} bytes`);
  return files.reduce((sum, file) => sum + statSync(join(EXTENSION_DIR, file)).size, 0);
}

/** Loads `address` in a new tab and returns the page's script time (ms) up to load + 1.5 s. */
async function scriptTime(context: BrowserContext, address: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(address, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function scriptTimeRuns(session: Session, plain: BrowserContext, pages: readonly Fixture[]): Promise<Map<string, number>> {
  const pairs = new Map<string, number[]>(pages.map((page) => [page.name, []]));
  const sides = new Map<string, { with: number[]; without: number[] }>(pages.map((page) => [page.name, { with: [], without: [] }]));
  for (let run = 0; run < RUNS; run++) {
    for (const [i, page] of pages.entries()) {
      const extensionFirst = (run + i) % 2 === 0;
      const first = await scriptTime(extensionFirst ? session.context : plain, page.source);
      const second = await scriptTime(extensionFirst ? plain : session.context, page.source);
      const [withExtension, without] = extensionFirst ? [first, second] : [second, first];
      pairs.get(page.name)!.push(withExtension - without);
      sides.get(page.name)!.with.push(withExtension);
      sides.get(page.name)!.without.push(without);
    }
  }
  for (const [name, side] of sides) {
    console.log(
      `# content_script_ms ${name}: with ${median(side.with).toFixed(1)}, without ${median(side.without).toFixed(1)} (medians of ${RUNS})`,
    );
  }
  return new Map([...pairs].map(([name, diffs]) => [name, median(diffs)]));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not stretched by other processes sharing the cores. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string }; fileName?: string };
}

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // The lightest categories that still name each script: `toplevel` for the tasks,
  // `devtools.timeline` for the script evaluations and calls inside them.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

function isExtensionScript(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? event.args?.fileName ?? '';
  return event.ph === 'X' && url.startsWith('chrome-extension://');
}

function within(inner: TraceEvent, outer: TraceEvent): boolean {
  return (
    inner !== outer && inner.pid === outer.pid && inner.tid === outer.tid && inner.ts >= outer.ts && inner.ts < outer.ts + (outer.dur ?? 0)
  );
}

/** The events not nested in another of the same list. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((event) => !events.some((other) => within(event, other)));
}

interface TracedLoad {
  /**
   * Tasks over 50 ms on a renderer main thread caused by the extension: they ran some of its
   * script, and would not have been long without it (ms each).
   */
  longTasks: number[];
  /** Tasks over 50 ms that ran some of the extension's script, whoever made them long. */
  longWithOurs: number;
  /** The CPU time of the extension's script on the renderer main threads (ms). */
  scriptCpu: number;
}

function readTrace(events: readonly TraceEvent[]): TracedLoad {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}/${e.tid}`);
  const ours = outermost(events.filter((e) => isExtensionScript(e) && onMain(e)));
  // Chromium names its tasks RunTask or ThreadControllerImpl::RunTask, one inside the other.
  const tasks = outermost(events.filter((e) => e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && onMain(e)));
  const oursIn = (task: TraceEvent) => ours.filter((e) => within(e, task)).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const long = tasks.filter((task) => (task.dur ?? 0) > LONG_TASK_US && oursIn(task) > 0);
  return {
    longTasks: long.filter((task) => task.dur! - oursIn(task) <= LONG_TASK_US).map((task) => task.dur! / 1000),
    longWithOurs: long.length,
    scriptCpu: ours.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
  };
}

async function tracedRuns(session: Session, pages: readonly Fixture[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const durations: number[] = [];
  for (const page of pages) {
    const loads: TracedLoad[] = [];
    for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++) {
      const tab = await session.context.newPage();
      const cdp = await session.context.newCDPSession(tab);
      const events = await trace(cdp, async () => {
        await tab.goto(page.source, { waitUntil: 'load' });
        await tab.waitForTimeout(AFTER_LOAD_MS);
      });
      await tab.close();
      loads.push(readTrace(events));
    }
    counts.set(page.name, median(loads.map((load) => load.longTasks.length)));
    durations.push(...loads.flatMap((load) => load.longTasks));
    const shared = loads.reduce((sum, load) => sum + load.longWithOurs, 0);
    console.log(
      `# ${page.name}: the extension's script CPU time by trace ${median(loads.map((load) => load.scriptCpu)).toFixed(1)} ms; long tasks holding some of it: ${shared} in ${loads.length} loads`,
    );
  }
  console.log(
    `# content_long_tasks: ${durations.length} in all traced loads${durations.length ? ` (${durations.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}`,
  );
  return counts;
}

/** The in-page bundle: our reading of a page as the content script does it, and Readability alone. */
async function extractionBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'test/bench/extract-in-page.ts'), formats: ['iife'], name: 'scBench' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the extraction bundle was not built');
  return chunk.code;
}

/**
 * Each side is timed once per fresh tab, as the content script reads a page once per page
 * load: the first call pays for compiling the code it runs, as it does in the content script.
 */
async function coldTime(plain: BrowserContext, page: Fixture, code: string, side: 'ours' | 'readability'): Promise<number> {
  const tab = await plain.newPage();
  await tab.goto(page.source, { waitUntil: 'load' });
  // Evaluated through DevTools, so the page's own Content-Security-Policy does not apply.
  await tab.evaluate(code);
  const elapsed = await tab.evaluate((which) => {
    const bench = (globalThis as unknown as { scBench: Record<'ours' | 'readability', (doc: Document, url: URL) => unknown> }).scBench;
    const start = performance.now();
    bench[which](document, new URL(location.href));
    return performance.now() - start;
  }, side);
  await tab.close();
  return elapsed;
}

async function extractionRuns(plain: BrowserContext, pages: readonly Fixture[]): Promise<Map<string, number>> {
  const code = await extractionBundle();
  const ratios = new Map<string, number>();
  let oursTotal = 0;
  let readabilityTotal = 0;
  for (const page of pages) {
    const ours: number[] = [];
    const readability: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternating which goes first, so that neither always meets a busier machine.
      if (run % 2) readability.push(await coldTime(plain, page, code, 'readability'));
      ours.push(await coldTime(plain, page, code, 'ours'));
      if (!(run % 2)) readability.push(await coldTime(plain, page, code, 'readability'));
    }
    ratios.set(page.name, median(ours) / median(readability));
    oursTotal += median(ours);
    readabilityTotal += median(readability);
    console.log(
      `# extract_vs_readability ${page.name}: ours ${median(ours).toFixed(1)} ms, Readability ${median(readability).toFixed(1)} ms`,
    );
  }
  console.log(`# extract_vs_readability over all pages: ${(oursTotal / readabilityTotal).toFixed(2)} (sum of medians ÷ sum of medians)`);
  return ratios;
}

/**
 * Reports in `window.__widgetState` the time from DOMContentLoaded to the first moment our
 * widget's main button reads "Save to Science Clipper" or "Saved". Source text, not a function:
 * the page has none of the helpers a compiled function may call.
 */
const WIDGET_PROBE = `(() => {
  let done = false;
  const shown = (root) => [...root.querySelectorAll('button')].some((b) => /^(Save to Science Clipper|Saved)$/.test((b.textContent || '').trim()));
  window.__widgetState = new Promise((resolve) => {
    const finish = () => {
      if (done) return;
      done = true;
      const nav = performance.getEntriesByType('navigation')[0];
      resolve(performance.now() - nav.domContentLoadedEventStart);
    };
    const watchHost = (host) => {
      if (!host.shadowRoot) return;
      if (shown(host.shadowRoot)) return finish();
      new MutationObserver(() => shown(host.shadowRoot) && finish()).observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
    };
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.localName === 'science-clipper-widget') watchHost(node);
    }).observe(document, { subtree: true, childList: true });
  });
})();`;

async function widgetStateRuns(session: Session, pages: readonly Fixture[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const page of pages.filter((p) => ['article', 'profile', 'job'].includes(String(p.expected.kind)))) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const tab: Page = await session.context.newPage();
      await tab.addInitScript({ content: WIDGET_PROBE });
      await tab.goto(page.source, { waitUntil: 'domcontentloaded' });
      runs.push(await tab.evaluate(() => (window as unknown as { __widgetState: Promise<number> }).__widgetState));
      await tab.close();
    }
    times.set(page.name, median(runs));
  }
  return times;
}

/** The figures of this file; `BENCH_ONLY=content` measures them all, `BENCH_ONLY=<figure>` one. */
export const CONTENT_FIGURES = [
  'content_script_bytes',
  'content_script_ms',
  'content_long_tasks',
  'extract_vs_readability',
  'widget_state_ms',
];

export async function contentFigures(session: Session, wanted: (figure: string) => boolean): Promise<void> {
  const pages = ourPages();
  console.log(`# content pages: ${pages.map((p) => p.name).join(', ')}`);
  if (wanted('content_script_bytes')) console.log(`BENCH content_script_bytes ${contentScriptBytes()} bytes`);
  const plain = await launchWithoutExtension();
  try {
    // The same helper for tsx-compiled callbacks as in run.ts.
    await plain.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await serveAll(session.context, pages);
    await serveAll(plain, pages);
    if (wanted('content_script_ms')) printFigure('content_script_ms', await scriptTimeRuns(session, plain, pages), 'ms');
    if (wanted('content_long_tasks')) printFigure('content_long_tasks', await tracedRuns(session, pages), 'tasks', 0);
    if (wanted('extract_vs_readability')) printFigure('extract_vs_readability', await extractionRuns(plain, pages), 'ratio', 2);
    if (wanted('widget_state_ms')) printFigure('widget_state_ms', await widgetStateRuns(session, pages), 'ms');
  } finally {
    await plain.close();
  }
}
