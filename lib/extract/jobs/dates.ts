// Dates as job listings print them, in the languages amazon.jobs is read in: "March 30, 2026",
// "30 mars 2026", "12. Februar 2026", "5 de marzo de 2026", "2026年3月30日", "2026-03-30".
import { parseDate } from '../text';

/** Month names and their common abbreviations (accents removed, lower case), for 1–12. */
const MONTH_NAMES: string[][] = [
  ['january', 'janvier', 'januar', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'fevrier', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mars', 'marz', 'marzo', 'marco', 'maart', 'maerz'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'dezember', 'diciembre', 'dicembre', 'dezembro'],
];

function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

/** 1–12 for a month's name or an unambiguous abbreviation of one ("sept", "févr.", "juil."), else 0. */
export function monthOf(word: string): number {
  const w = plain(word);
  if (w.length < 3) return 0;
  const months = new Set<number>();
  MONTH_NAMES.forEach((names, i) => {
    if (names.some((name) => name.startsWith(w))) months.add(i + 1);
  });
  return months.size === 1 ? [...months][0]! : 0;
}

function ymd(y: number, m: number, d: number): string | null {
  return parseDate(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * A word that may name a month: three Latin letters or more, accented or not, as every name above
 * is. Not \p{L}: with it, the day-month-year pattern took 20 ms to compile in Chromium for any
 * text holding a character beyond Latin-1 (a curly quote, a dash), as V8 compiled the whole class.
 */
const WORD = String.raw`([A-Za-z\u00c0-\u024f]{3,}\.?)`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?${WORD}\s+(?:de\s+)?(\d{4})\b`);
const MONTH_DAY_YEAR = new RegExp(String.raw`${WORD}\s+(\d{1,2}),?\s+(\d{4})\b`);
const CJK = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** A listing's date as YYYY-MM-DD in any of the languages above; null when the text holds none. */
export function parseListingDate(text: string | null | undefined): string | null {
  const s = text ?? '';
  const english = parseDate(s);
  if (english) return english;
  const cjk = CJK.exec(s);
  if (cjk) return ymd(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy && monthOf(dmy[2]!)) return ymd(+dmy[3]!, monthOf(dmy[2]!), +dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy && monthOf(mdy[1]!)) return ymd(+mdy[3]!, monthOf(mdy[1]!), +mdy[2]!);
  // "30.03.2026": day first, as German and most of Europe write it.
  const dotted = DOTTED.exec(s);
  if (dotted) return ymd(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  return null;
}

/** Whether a short text is a date and nothing else ("September 2, 2026", "2. September 2026"). */
export function isBareDate(text: string): boolean {
  // The length first: this is asked of every line, most of them paragraphs.
  if (text.length > 32) return false;
  const words = text.split(/[\s,./-]+/).filter((w) => /\p{L}/u.test(w) && !/^(?:de|le|am|el)$/i.test(w));
  return words.length <= 1 && parseListingDate(text) !== null;
}
