import { z } from 'zod';
import { itemIdOf, normalizeTags, StoreError } from '../db/items';
import type { Item } from '../db/schema';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../export/library-json';
import { itemSchema } from './item-schema';

// Reading an export file, before anything is written: the whole file is refused when it is not
// one of ours (or not whole, or hostile); otherwise each item is checked on its own, and the
// ones that fail are counted and described, never written.

/** Larger than any real library (10,000 items export to about 90 MB), small enough to read. */
export const MAX_IMPORT_BYTES = 400 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 200_000;

/** Keys that would reach an object's prototype when data is merged naively. No export has them. */
const HOSTILE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;
const HOSTILE_WORDS = ['"__proto__"', '"constructor"', '"prototype"'];

/** A file refused as a whole; as a StoreError, the background passes its message on as is. */
export class ImportRefused extends StoreError {
  override name = 'ImportRefused';
}

export interface InvalidEntry {
  /** Position in the file's item list, from 0. */
  index: number;
  message: string;
}

export interface ReadExport {
  items: Item[];
  invalid: InvalidEntry[];
  exportedAt: string | null;
  /** The file's settings, unchecked: restoreImportedSettings checks them. */
  settings: unknown;
}

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.string().max(100).optional(),
  settings: z.unknown().optional(),
  items: z.array(z.unknown()).max(MAX_IMPORT_ITEMS),
});

/** A checked item under the store's rules: its id derived again from its clip, its tags normalised. */
function asStoredItem(item: Item): Item {
  return { ...item, id: itemIdOf(item.clip), tags: normalizeTags(item.tags) };
}

/** Checks the size before the file is read into memory. */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportRefused(
      `This file is ${Math.round(bytes / 1024 / 1024)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB a Science Clipper export can be. Nothing was imported.`,
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const looksCut = /^\s*[[{]/.test(text) && !/[\]}]\s*$/.test(text);
    throw new ImportRefused(
      looksCut
        ? 'This file ends in the middle: it was cut short while being saved or copied. Nothing was imported.'
        : 'This file is not valid JSON, so it is not a Science Clipper export. Nothing was imported.',
    );
  }
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid item';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * The items of an export file, each checked against the item schema and made a stored item
 * (asStoredItem). Throws ImportRefused, with
 * a message for the user, when the file as a whole cannot be trusted.
 */
export function readExport(text: string): ReadExport {
  checkImportSize(text.length);
  // The plain searches rule out nearly every file before the regular expression reads 100 MB.
  if (HOSTILE_WORDS.some((word) => text.includes(word)) && HOSTILE_KEY.test(text)) {
    throw new ImportRefused('This file contains keys (such as "__proto__") that no Science Clipper export has. It was refused; nothing was imported.');
  }
  const data = parseJson(text);
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || format !== EXPORT_FORMAT) {
    throw new ImportRefused('This is not a Science Clipper export (its "format" is not "science-clipper"). Nothing was imported.');
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) {
    throw new ImportRefused(`This Science Clipper export is damaged (${describe(envelope.error)}). Nothing was imported.`);
  }
  if (envelope.data.version !== EXPORT_VERSION) {
    throw new ImportRefused(
      `This export has version ${envelope.data.version}; this Science Clipper reads version ${EXPORT_VERSION}. Update the extension, then import again. Nothing was imported.`,
    );
  }
  const items: Item[] = [];
  const invalid: InvalidEntry[] = [];
  envelope.data.items.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({ index, message: describe(parsed.error) });
      return;
    }
    items.push(asStoredItem(parsed.data as Item));
  });
  return { items, invalid, exportedAt: envelope.data.exportedAt ?? null, settings: envelope.data.settings };
}
