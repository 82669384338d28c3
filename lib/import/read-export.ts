import { z } from 'zod';
import { itemIdOf, normalizeTags, StoreError } from '../db/items';
import { itemSchema } from '../db/item-schema';
import type { Item } from '../db/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../export/library-json';

// Reading an export file, before anything is written: the whole file is refused when it is not
// one of ours (or not whole, or hostile); otherwise each item is checked on its own, and the
// ones that fail are counted and described, never written.
//
// A file as Science Clipper writes it (docs/export-format.md) has its envelope on the first line
// and one item per line, so it is read a line at a time, never as one string: a library of
// 100,000 items is a file of about a gigabyte. A file laid out otherwise (reformatted by another
// program) is valid too, but has to be parsed whole, so it is limited to MAX_WHOLE_FILE_CHARS.

/** The largest file that can be parsed whole: what every version-1 export of this extension was. */
export const MAX_WHOLE_FILE_CHARS = 400 * 1024 * 1024;
/** Far beyond any real library; a file claiming more is refused rather than read for hours. */
export const MAX_IMPORT_ITEMS = 1_000_000;
/** Versions this build reads: 1 (no item count) and 2. */
const READABLE_VERSIONS: readonly number[] = [1, EXPORT_VERSION];

/**
 * Keys that would reach an object's prototype when data is merged naively. No export has them.
 * Read by this one expression, every line of every file: it scans a line in half the time that
 * three plain searches for the quoted words took.
 */
const HOSTILE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;
/**
 * The first line of a file written by lib/export/library-json.ts (any version): the envelope's
 * keys, `items` last. Keys this build does not know (a later version's) are allowed there, so a
 * block added to the envelope keeps the file readable a line at a time.
 */
const HEAD_LINE = /^\{"format":"science-clipper",.*"items":\[$/;
/** A first line longer than this is no envelope of ours. */
const MAX_HEAD_CHARS = 1024 * 1024;
const TAIL_LINE = ']}';

/** A file refused as a whole; as a StoreError, the background passes its message on as is. */
export class ImportRefused extends StoreError {
  override name = 'ImportRefused';
}

export interface InvalidEntry {
  /** Position in the file's item list, from 0. */
  index: number;
  message: string;
}

/** One entry of the file's item list, checked: a stored item, or why it is not one. */
export type CheckedEntry = { index: number; item: Item; message?: undefined } | { index: number; item?: undefined; message: string };

export interface ReadExport {
  items: Item[];
  invalid: InvalidEntry[];
  exportedAt: string | null;
  /** The file's settings, unchecked: restoreImportedSettings checks them. */
  settings: unknown;
}

export interface FileHead {
  exportedAt: string | null;
  /** How many items the file says it holds (version 2), or null (version 1). */
  count: number | null;
  /** The file's settings, unchecked: restoreImportedSettings checks them. */
  settings: unknown;
}

const NOTHING_IMPORTED = 'Nothing was imported.';

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.string().max(100).optional(),
  count: z.number().int().nonnegative().max(MAX_IMPORT_ITEMS).optional(),
  settings: z.unknown().optional(),
  items: z.array(z.unknown()).max(MAX_IMPORT_ITEMS),
});

function refused(message: string): ImportRefused {
  return new ImportRefused(`${message} ${NOTHING_IMPORTED}`);
}

function megabytes(chars: number): number {
  return Math.round(chars / 1024 / 1024);
}

function refuseHostile(text: string): void {
  if (HOSTILE_KEY.test(text)) {
    throw new ImportRefused(
      'This file contains keys (such as "__proto__") that no Science Clipper export has. It was refused; nothing was imported.',
    );
  }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid item';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** A checked item under the store's rules: its id derived again from its clip, its tags normalised. */
export function checkItem(raw: unknown, index: number): CheckedEntry {
  const parsed = itemSchema.safeParse(raw);
  if (!parsed.success) return { index, message: describe(parsed.error) };
  const item = parsed.data as Item;
  return { index, item: { ...item, id: itemIdOf(item.clip), tags: normalizeTags(item.tags) } };
}

/** The envelope's checks: ours, whole, of a version this build reads. */
function checkEnvelope(data: unknown): z.infer<typeof envelopeSchema> {
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || format !== EXPORT_FORMAT) {
    throw refused('This is not a Science Clipper export (its "format" is not "science-clipper").');
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) throw refused(`This Science Clipper export is damaged (${describe(envelope.error)}).`);
  const { version } = envelope.data;
  if (!READABLE_VERSIONS.includes(version)) {
    throw refused(
      `This export has version ${version}; this Science Clipper reads versions 1 to ${EXPORT_VERSION}. Update the extension, then import again.`,
    );
  }
  return envelope.data;
}

function refuseMiscount(count: number | undefined, found: number): void {
  if (count !== undefined && count !== found) {
    throw refused(`This file is incomplete: it says it holds ${count.toLocaleString('en')} items but holds ${found.toLocaleString('en')}.`);
  }
}

function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const looksCut = /^\s*[[{]/.test(text) && !/[\]}]\s*$/.test(text);
    throw refused(
      looksCut
        ? 'This file ends in the middle: it was cut short while being saved or copied.'
        : 'This file is not valid JSON, so it is not a Science Clipper export.',
    );
  }
}

function refuseTooLargeWhole(chars: number): void {
  if (chars > MAX_WHOLE_FILE_CHARS) {
    throw refused(
      `This file is over ${megabytes(MAX_WHOLE_FILE_CHARS)} MB and not laid out as Science Clipper writes its exports (one item per line), so it would have to be read whole, which is possible up to ${megabytes(MAX_WHOLE_FILE_CHARS)} MB.`,
    );
  }
}

/** Every entry of a file read whole, checked, in file order. */
function wholeEntries(text: string): { entries: CheckedEntry[]; exportedAt: string | null; settings: unknown } {
  refuseTooLargeWhole(text.length);
  refuseHostile(text);
  const envelope = checkEnvelope(parseWhole(text));
  refuseMiscount(envelope.count, envelope.items.length);
  return { entries: envelope.items.map(checkItem), exportedAt: envelope.exportedAt ?? null, settings: envelope.settings };
}

/**
 * The items of an export file given as one string, each checked (checkItem). Throws
 * ImportRefused, with a message for the user, when the file as a whole cannot be trusted.
 */
export function readExport(text: string): ReadExport {
  const { entries, exportedAt, settings } = wholeEntries(text);
  const items: Item[] = [];
  const invalid: InvalidEntry[] = [];
  for (const entry of entries) {
    if (entry.item) items.push(entry.item);
    else invalid.push(entry);
  }
  return { items, invalid, exportedAt, settings };
}

/** The lines of a text given in chunks, without their line ends; a long line is joined once. */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let parts: string[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      parts.push(chunk.slice(start, end));
      const line = parts.join('');
      parts = [];
      start = end + 1;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  if (parts.length > 0) yield parts.join('');
}

/** What reading a file gives, in order: its head first, then every entry of its item list. */
export type ReadEvent = { head: FileHead; entry?: undefined } | { head?: undefined; entry: CheckedEntry };

/**
 * The events of an export file given as chunks of text: its head, then every item checked,
 * pulled one at a time, so the reader never runs ahead of its consumer. Throws ImportRefused as
 * soon as the file cannot be trusted; a consumer that writes must do so in one transaction that
 * the refusal aborts (lib/import/commit.ts).
 */
export async function* exportEntries(chunks: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  const lines = linesOf(chunks);
  const first = await lines.next();
  const head = first.done ? '' : first.value;
  if (head.length > MAX_HEAD_CHARS || !HEAD_LINE.test(head)) {
    yield* wholeFileEntries(head, lines);
    return;
  }
  refuseHostile(head);
  const envelope = checkEnvelope(parseWhole(`${head}${TAIL_LINE}`));
  yield { head: { exportedAt: envelope.exportedAt ?? null, count: envelope.count ?? null, settings: envelope.settings } };
  let index = 0;
  let closed = false;
  let damaged: number | null = null;
  for await (const line of lines) {
    if (closed) {
      if (line.trim() !== '')
        throw refused('This file has text after the end of its items, so it is not an export as Science Clipper writes it.');
      continue;
    }
    if (line === TAIL_LINE) {
      closed = true;
      continue;
    }
    if (index >= MAX_IMPORT_ITEMS) throw refused(`This file holds more than ${MAX_IMPORT_ITEMS.toLocaleString('en')} items.`);
    refuseHostile(line);
    let raw: unknown;
    try {
      raw = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch {
      // A line cut short is also what the end of a truncated file looks like: which one it is
      // is known once the file has been read to its end.
      damaged ??= index;
      index++;
      continue;
    }
    yield { entry: checkItem(raw, index) };
    index++;
  }
  if (!closed) throw refused('This file ends in the middle: it was cut short while being saved or copied.');
  if (damaged !== null) throw refused(`This file is damaged: item ${(damaged + 1).toLocaleString('en')} is not valid JSON.`);
  refuseMiscount(envelope.count, index);
}

/** A file not laid out a line per item: gathered (up to the whole-file limit), then read whole. */
async function* wholeFileEntries(first: string, rest: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  const lines = [first];
  let chars = first.length;
  for await (const line of rest) {
    chars += line.length + 1;
    refuseTooLargeWhole(chars);
    lines.push(line);
  }
  const { entries, exportedAt, settings } = wholeEntries(lines.join('\n'));
  lines.length = 0;
  yield { head: { exportedAt, count: entries.length, settings } };
  for (const entry of entries) yield { entry };
}
