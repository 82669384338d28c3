// `npm run extract`: the content script's extractor run on a DOM built in Node (jsdom).
// Usage and output are fixed by docs/clip-format.md ("The command-line extractor").
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractPage } from '../extract/registry';

const USAGE = `usage:
  npm run --silent extract -- --url URL FILE.html
  npm run --silent extract -- --manifest LIST.json   (LIST = [{"file": "...", "url": "..."}])`;

class InputError extends Error {}

/** Reads a file that must be an HTML page; anything else is an InputError with a clear message. */
async function readHtml(file: string): Promise<string> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`);
  }
  if (!html.trim()) throw new InputError(`${file}: the file is empty`);
  if (html.includes('\u0000') || !/<(?:!doctype\s+html|html|head|body|main|article|div|p|h1)\b/i.test(html)) {
    throw new InputError(`${file}: not an HTML page`);
  }
  return html;
}

function parseUrl(url: string | undefined): URL {
  if (!url) throw new InputError('--url is required: extraction depends on the page address');
  try {
    return new URL(url);
  } catch {
    throw new InputError(`${url}: not a valid URL`);
  }
}

/** Parses (not timed) then extracts (timed), as the contract's `ms` asks. */
async function extractFile(file: string, rawUrl: string | undefined) {
  const url = parseUrl(rawUrl);
  const html = await readHtml(file);
  // CSS the parser cannot read would otherwise be printed on stderr for every page.
  const dom = new JSDOM(html, { url: url.href, virtualConsole: new VirtualConsole() });
  const start = performance.now();
  const clip = extractPage(dom.window.document, url);
  const ms = performance.now() - start;
  dom.window.close();
  return { clip, ms };
}

async function runManifest(list: string): Promise<void> {
  let entries: unknown;
  try {
    entries = JSON.parse(await readFile(list, 'utf8'));
  } catch (err) {
    throw new InputError(`${list}: not a readable JSON manifest (${(err as Error).message})`);
  }
  if (!Array.isArray(entries)) throw new InputError(`${list}: the manifest must be a JSON array of {"file","url"}`);
  for (const entry of entries as Array<{ file?: unknown; url?: unknown }>) {
    const file = String(entry?.file ?? '');
    const url = typeof entry?.url === 'string' ? entry.url : undefined;
    try {
      const { clip, ms } = await extractFile(file, url);
      process.stdout.write(`${JSON.stringify({ file, url, ms: Math.round(ms * 100) / 100, clip })}\n`);
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ file, url, error: (err as Error).message })}\n`);
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const manifest = value('--manifest');
  if (manifest) return runManifest(manifest);
  const url = value('--url');
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  if (!file) throw new InputError(USAGE);
  const { clip } = await extractFile(file, url);
  process.stdout.write(`${JSON.stringify(clip, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof InputError ? 2 : 1);
});
