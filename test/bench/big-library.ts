// The 100,000-item figures of `npm run bench` (issue 11): import and export of a library of
// 10,000 and of 100,000 items through the library page, each in a fresh profile, with the
// browser's peak memory while each runs. `BENCH_ONLY=big npm run bench` runs these alone.
//
// The 100,000-item file is the 10,000-item library ten times over, each copy under other ids
// (addresses and job ids), written to disk a line at a time: about a gigabyte.
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Item } from '../../lib/db/schema';
import { exportLine, exportParts } from '../../lib/export/library-json';
import { EXTENSION_DIR, launchProfile, type Session } from '../e2e/harness';
import { armImportProbe, readImportProbe } from './browser-measures';

/** Copy `k` of an item, under ids no other copy has. */
function copyOf(item: Item, k: number): Item {
  if (k === 0) return item;
  if (item.kind === 'job') {
    const jobId = String(Number(item.clip.jobId) + k * 10_000_000);
    const url = item.clip.url.replace(/\/jobs\/\d+/, `/jobs/${jobId}`);
    return { ...item, id: `job:${jobId}`, clip: { ...item.clip, jobId, url }, sourceUrls: [url] };
  }
  const url = `${item.clip.url}-copy-${k}`;
  return { ...item, id: `url:${url}`, clip: { ...item.clip, url }, sourceUrls: [url] };
}

/** Writes the export file of `copies` copies of `items` to `path`, item by item, as the export writes it; returns its size in bytes. */
export function writeLibraryFile(path: string, items: readonly Item[], copies: number): number {
  const all = (function* () {
    for (let k = 0; k < copies; k++) for (const item of items) yield copyOf(item, k);
  })();
  const count = items.length * copies;
  const [head, ...rest] = exportParts([], Date.UTC(2026, 10, 22));
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  try {
    write(head!.replace('"count":0', `"count":${count}`));
    let first = true;
    for (const item of all) {
      write(exportLine(item, first));
      first = false;
    }
    write(rest.join(''));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The browser's processes: the one started with `profileDir` and everything it started. */
function browserProcesses(profileDir: string): number[] {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return { pid: Number(pid), ppid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), cmdline };
      } catch {
        return null;
      }
    })
    .filter((process) => process !== null);
  const root = stats.find((process) => process.cmdline.includes(`--user-data-dir=${profileDir}`) && !process.cmdline.includes('--type='));
  if (!root) return [];
  const tree = new Set([root.pid]);
  let size = 0;
  while (tree.size > size) {
    size = tree.size;
    for (const process of stats) if (tree.has(process.ppid)) tree.add(process.pid);
  }
  return [...tree];
}

/** The memory the browser's processes hold, in MB: the sum of their proportional set sizes (shared pages counted once). */
function browserMemoryMb(profileDir: string): number {
  let kb = 0;
  for (const pid of browserProcesses(profileDir)) {
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb / 1024;
}

/** Samples the browser's memory every 200 ms while `work` runs; resolves with its result and the peak. */
async function peakWhile<T>(profileDir: string, work: () => Promise<T>): Promise<{ result: T; peakMb: number; beforeMb: number }> {
  const beforeMb = browserMemoryMb(profileDir);
  let peakMb = beforeMb;
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, browserMemoryMb(profileDir));
  }, 200);
  try {
    const result = await work();
    peakMb = Math.max(peakMb, browserMemoryMb(profileDir));
    return { result, peakMb, beforeMb };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The options page, which imports and exports like the library page without listing the library:
 * the library page would load and index every card meanwhile, and its memory is not the import's.
 */
async function optionsPage(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Export library (JSON)' }).waitFor({ timeout: 120_000 });
  return page;
}

export interface BigFigures {
  repairMs: number;
  importMs: number;
  importPreviewMs: number;
  importWriteMs: number;
  importPeakMb: number;
  exportMs: number;
  exportPeakMb: number;
  baselineMb: number;
  exportBytes: number;
}

/** Imports `file` into a fresh profile through the options page, then exports it: the times and the memory of each. */
export async function importThenExport(file: string): Promise<BigFigures> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sc-bench-big-'));
  const session = await launchProfile(EXTENSION_DIR, profileDir);
  await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    const page = await optionsPage(session);
    await armImportProbe(page);
    const imported = await peakWhile(profileDir, async () => {
      await page.getByLabel('Choose an export file to import').setInputFiles(file);
      await page.getByRole('button', { name: /^Import [\d,]+ items?$/ }).click({ timeout: 600_000 });
      await page.getByText(/^Imported: /).waitFor({ timeout: 900_000 });
      return readImportProbe(page);
    });
    // "Check and repair library" on the imported library: every card compared with its item.
    const repairStarted = performance.now();
    await page.getByRole('button', { name: 'Check and repair library' }).click();
    await page.getByText(/^Checked \d+ pages of the library/).waitFor({ timeout: 900_000 });
    const repairMs = performance.now() - repairStarted;
    await page.close();

    const exporter = await optionsPage(session);
    const exported = await peakWhile(profileDir, async () => {
      const download = exporter.waitForEvent('download', { timeout: 600_000 });
      const started = performance.now();
      await exporter.getByRole('button', { name: 'Export library (JSON)' }).click();
      const file = await download;
      const ms = performance.now() - started;
      // Until the browser has written the whole download: its copying counts too.
      const path = await file.path();
      const bytes = statSync(path).size;
      await file.delete();
      return { ms, bytes };
    });
    return {
      repairMs,
      importMs: imported.result.preview + imported.result.write,
      importPreviewMs: imported.result.preview,
      importWriteMs: imported.result.write,
      importPeakMb: imported.peakMb,
      exportMs: exported.result.ms,
      exportPeakMb: exported.peakMb,
      baselineMb: imported.beforeMb,
      exportBytes: exported.result.bytes,
    };
  } finally {
    await session.close();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

/** `export_100k_ms`, `import_100k_ms`, the memory figures and the full "Check and repair library", at 10,000 and 100,000 items. */
export async function bigLibraryFigures(base: readonly Item[], report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-files-'));
  try {
    for (const copies of [1, 10]) {
      const items = base.length * copies;
      const label = `${items / 1000}k`;
      const file = join(dir, `library-${label}.json`);
      const bytes = writeLibraryFile(file, base, copies);
      console.log(`# ${items.toLocaleString('en')}-item file: ${(bytes / 1024 / 1024).toFixed(0)} MB`);
      const figures = await importThenExport(file);
      rmSync(file);
      console.log(
        `# ${label}: browser at ${figures.baselineMb.toFixed(0)} MB before the import; exported file ${(figures.exportBytes / 1024 / 1024).toFixed(0)} MB`,
      );
      report(`import_${label}_ms`, figures.importMs, 'ms');
      report(`import_${label}_preview_ms`, figures.importPreviewMs, 'ms');
      report(`import_${label}_write_ms`, figures.importWriteMs, 'ms');
      report(`import_${label}_peak_mb`, figures.importPeakMb, 'MB');
      report(`export_${label}_ms`, figures.exportMs, 'ms');
      report(`export_${label}_peak_mb`, figures.exportPeakMb, 'MB');
      report(`repair_full_${label}_ms`, figures.repairMs, 'ms');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
