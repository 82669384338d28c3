import { isoDay } from '../ui/format';

// File names made from titles, valid on Windows, macOS and Linux and in an Obsidian vault.
// Windows forbids <>:"/\|?* and control characters, reserves device names (CON, NUL, COM1…)
// whatever the extension, and drops trailing dots and spaces; file systems cap a name at 255
// bytes (UTF-8 on Linux) or 255 UTF-16 units; Obsidian's links break on # ^ [ ] |; and Windows
// and macOS compare names without regard to case (and macOS to Unicode normalisation).

/** Characters of a stem kept short enough for a vault nested a few folders deep on Windows (260 for a whole path). */
export const MAX_STEM_CHARS = 80;
const MAX_STEM_BYTES = 200;
const FALLBACK = 'Untitled';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters that can make one name look like another (bidi overrides, zero-width marks). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

function utf8Bytes(point: string): number {
  const code = point.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** At most MAX_STEM_CHARS code points and MAX_STEM_BYTES bytes, never half a surrogate pair; cut between words when one ends late enough. */
function shorten(stem: string): string {
  const points: string[] = [];
  let bytes = 0;
  for (const point of Array.from(stem).slice(0, MAX_STEM_CHARS)) {
    bytes += utf8Bytes(point);
    if (bytes > MAX_STEM_BYTES) break;
    points.push(point);
  }
  const short = points.join('');
  if (short.length === stem.length) return short;
  const lastSpace = short.lastIndexOf(' ');
  return lastSpace > short.length / 2 ? short.slice(0, lastSpace) : short;
}

function trimEdges(stem: string): string {
  // A leading dot hides the file on macOS and Linux; trailing dots and spaces are dropped by Windows.
  return stem.replace(/^[\s.]+|[\s.]+$/g, '');
}

/** A file name without its extension, made from `title`; never empty. */
export function safeFileStem(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[/\\]/g, '-')
    .replace(/"/g, "'")
    .replace(/[<>|?*#^[\]]/g, ' ')
    .replace(/\s+/g, ' ');
  const stem = trimEdges(shorten(trimEdges(cleaned)));
  if (!stem) return FALLBACK;
  // "CON", "con.backup" and "NUL .txt" all name a device on Windows: the name before the first
  // dot is what counts, so the mark goes there.
  const device = stem.split('.')[0]!.trimEnd();
  return RESERVED.test(device) ? `${device}_${stem.slice(device.length)}` : stem;
}

/** How two names compare on a case-insensitive, normalisation-insensitive file system. */
function sameNameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

/** Hands out names unique within one folder: "Title", then "Title (2)", "Title (3)"… */
export class UniqueNames {
  private readonly taken = new Set<string>();

  take(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const base =
        n === 1
          ? stem
          : trimEdges(
              Array.from(stem)
                .slice(0, MAX_STEM_CHARS - suffix.length)
                .join(''),
            );
      const name = `${base}${suffix}${extension}`;
      const key = sameNameKey(name);
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return name;
      }
    }
  }
}

/** `science-clipper-markdown-2026-11-22`: the folder inside a Markdown .zip. */
export function markdownFolderName(now: number): string {
  return `science-clipper-markdown-${isoDay(now)}`;
}

/** The archive is named after its folder, and after the tag when only one tag's items are in it. */
export function markdownZipName(now: number, tag?: string): string {
  const folder = markdownFolderName(now);
  return `${tag ? `${folder}-${safeFileStem(tag)}` : folder}.zip`;
}
