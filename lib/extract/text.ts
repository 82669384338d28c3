// Small text helpers shared by every extractor.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The whitespace cleanText collapses: JavaScript's \s (non-breaking spaces included) and zero-width spaces. */
const SPACE = String.raw`[\s\u200b]`;
const IS_SPACE = new RegExp(`^${SPACE}$`);

/**
 * What cleanText replaces: a run of two whitespace characters or more, or any whitespace other
 * than a plain space. A single plain space is already what a run becomes, so text that is already
 * clean has nothing to replace: the extractors clean the same lines again and again, and replacing
 * every space between words cost them more than a reading of the page by Readability.
 */
const UNCLEAN_SPACE = new RegExp(String.raw`${SPACE}{2,}|(?! )${SPACE}`, 'g');

/**
 * Texts already cleaned, by their raw text. A reading asks for the same texts many times over (a
 * profile page: 3,400 calls on 320 distinct texts, 600 KB of text for a 76 KB page), as each
 * rule reads the lines again; a map lookup costs far less than scanning the text again. Bounded by
 * the characters it holds, and emptied when full: it only has to last one reading.
 */
const cleaned = new Map<string, string>();
const MEMO_CHARS = 4_000_000;
let memoChars = 0;

/** Collapses runs of whitespace (including non-breaking and zero-width spaces) and trims. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  let clean = cleaned.get(s);
  if (clean === undefined) {
    clean = s.replace(UNCLEAN_SPACE, ' ').trim();
    if (memoChars + s.length > MEMO_CHARS) {
      cleaned.clear();
      memoChars = 0;
    }
    cleaned.set(s, clean);
    memoChars += s.length;
  }
  return clean;
}

/**
 * Whether `s` would be longer than `max` characters once cleaned, reading only as much of it
 * as that takes: a label is short, and the lines tested for one can be whole paragraphs.
 */
export function cleansLongerThan(s: string, max: number): boolean {
  if (s.length <= max) return false;
  let length = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const char = s[i]!;
    if (char === ' ' || IS_SPACE.test(char)) {
      space = length > 0;
      continue;
    }
    length += space ? 2 : 1;
    space = false;
    if (length > max) return true;
  }
  return false;
}

/** The element's visible-ish text, whitespace collapsed; '' for null. */
export function textOf(el: Node | null | undefined): string {
  return cleanText(el?.textContent);
}

/** cleanText, but null when nothing is left. */
export function nonEmpty(s: string | null | undefined): string | null {
  const t = cleanText(s);
  return t ? t : null;
}

/**
 * A date as YYYY-MM-DD from the forms the sites print: "September 10, 2026", "Sept. 10th, 2026",
 * "10 September 2026", "2026-09-10", "2026/09/10", an ISO timestamp, or "11/23/2020" (US order).
 * Null otherwise.
 */
export function parseDate(input: string | null | undefined): string | null {
  const s = cleanText(input);
  if (!s) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})|\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (iso) return valid(+(iso[1] ?? iso[4])!, +(iso[2] ?? iso[5])!, +(iso[3] ?? iso[6])!);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (mdy) return valid(+mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!);
  const dmy = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (dmy) return valid(+dmy[3]!, monthNumber(dmy[2]!), +dmy[1]!);
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s);
  if (us) return valid(+us[3]!, +us[1]!, +us[2]!);
  return null;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)) && (lower.length <= 4 || m.startsWith(lower))) + 1;
}

function valid(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}
