// Base pay as postings state it (docs/clip-format.md, Job.pay). Two forms:
// - one line per location, "USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually", which
//   newer amazon.jobs postings print under their qualifications;
// - one sentence for all US markets, "The base pay for this position ranges from $113,000/year in
//   our lowest geographic market up to $195,200/year in our highest geographic market", read only
//   when the posting has no lines (it then summarises them).
// Pure text in, numbers out: the readers hand in the posting's lines, in page order.
import type { PayRange } from '../../types';
import { cleanText } from '../text';

type Period = PayRange['period'];

// The patterns below find where an amount, a currency code or a period word may stand, loosely
// ("three capitals", "a word"), and the code checks each against its list. Written with the lists
// in them, case-insensitive, the range patterns cost V8 over 20 ms to compile on a posting (a list
// of 40 codes repeated four times in a pattern compiles in far more than four times one), more
// than Readability's whole reading of the page.

/** An amount as printed: "136,000.00", "1.234.567,89", "12,50,000", "120 000", "47.84", "120k" (parseAmount reads it). */
const AMOUNT = String.raw`\d(?:[\d,.\u00a0\u202f' ]*\d)?[kK]?`;
const DASH = String.raw`\s*[-–—]\s*`;
/** ISO 4217 codes of the currencies Amazon posts pay in (a list, so "the 100" is never a currency). */
const CODES = new Set(
  'USD CAD EUR GBP INR JPY CNY AUD NZD SGD HKD CHF SEK NOK DKK PLN CZK HUF RON BGN BRL MXN ARS CLP COP PEN ZAR AED SAR EGP ILS TRY KRW TWD PHP MYR IDR THB VND NGN KES'.split(
    ' ',
  ),
);
/** Where a code may stand; CODES decides whether it is one. */
const CODE = String.raw`[A-Z]{3}\b`;
/** Symbols that name a currency without its code; "$" alone is the US dollar (amazon.jobs' US markets). */
const SYMBOLS: [RegExp, string][] = [
  [/^(?:CA|C)\$$/i, 'CAD'],
  [/^(?:AU|A)\$$/i, 'AUD'],
  [/^NZ\$$/i, 'NZD'],
  [/^S\$$/i, 'SGD'],
  [/^HK\$$/i, 'HKD'],
  [/^MX\$$/i, 'MXN'],
  [/^R\$$/i, 'BRL'],
  [/^(?:US)?\$$/i, 'USD'],
  [/^€$/, 'EUR'],
  [/^£$/, 'GBP'],
  [/^₹$/, 'INR'],
  [/^[¥￥]$/, 'JPY'],
  [/^₩$/, 'KRW'],
  [/^zł$/i, 'PLN'],
];
const SYMBOL = String.raw`(?:(?:CA|C|AU|A|NZ|S|HK|MX|R|US)?\$|€|£|₹|[¥￥]|₩|zł)`;
const PERIOD_WORDS: [RegExp, Period][] = [
  [/^(?:annually|yearly|annual|per\s+(?:year|annum)|a\s+year|\/\s*(?:year|yr|annum|a))$/i, 'year'],
  [/^(?:monthly|per\s+month|a\s+month|\/\s*(?:month|mo|mth))$/i, 'month'],
  [/^(?:hourly|per\s+hour|an\s+hour|\/\s*(?:hour|hr|h))$/i, 'hour'],
];
/** Where a period may stand ("annually", "per year", "an hour", "/yr"); PERIOD_WORDS decides whether it is one. */
const PERIOD = String.raw`(?:(?:[Pp]er|[Aa]n?)\s+[A-Za-z]+|\/\s*[A-Za-z]+|[A-Za-z]+)`;

/** The amounts of a per-location line: " - MIN - MAX CUR period" (symbols instead of the code too). */
const LINE_AMOUNTS = new RegExp(
  String.raw`${DASH}(${SYMBOL})?\s*(${AMOUNT})${DASH}(${SYMBOL})?\s*(${AMOUNT})\s*(${CODE})?\s+(${PERIOD})\.?`,
  'g',
);
/** Where the text before a line's amounts stops being its location: a sentence's end, a colon. */
const SENTENCE_END = /(?:[\p{Ll}\d)]{2}[.!?]|[:;])\s+/gu;
/** Words of a sentence, never of a place name ("The pay range is - …"). */
const PROSE_WORD = /\b(?:is|are|from|between|range|ranges|pay|salary|base|the|for|this|position|role)\b/;

/** A sentence range: "from $X/year … up to $Y/year", "between $X and $Y per hour". */
const PRICE = String.raw`(?:(${SYMBOL})\s*(${AMOUNT})|(${CODE})\s*(${AMOUNT})|(${AMOUNT})\s*(${CODE}))(?:\s*(${PERIOD}))?`;
const SENTENCE = new RegExp(
  String.raw`\b(?:[Ff]rom|[Bb]etween)\s+${PRICE}(.{0,120}?)\b(?:up\s+to|to|and)\s+${PRICE}(?:\s*(${PERIOD}))?`,
  'g',
);
/** A range written with a dash in a sentence: "$100,000 - $150,000 per year". */
const DASHED = new RegExp(String.raw`${PRICE}${DASH}${PRICE}(?:\s*(${PERIOD}))?`, 'g');

/**
 * Every range has a digit and names its currency (a symbol or a code). Most lines of a posting
 * have no such pair (a job id has digits, no currency), and the range patterns are costly to
 * try at every position of a paragraph: each line is tested for pay several times.
 */
const HAS_DIGIT = /\d/;
const HAS_CURRENCY = new RegExp(`${SYMBOL}|\\b(?:${[...CODES].join('|')})\\b`);

function mayStatePay(text: string): boolean {
  return HAS_DIGIT.test(text) && HAS_CURRENCY.test(text);
}

/** "136,000.00" → 136000, "1.234.567,89" → 1234567.89, "12,50,000" → 1250000, "120k" → 120000. */
export function parseAmount(text: string): number | null {
  let s = cleanText(text).replace(/[\u00a0\u202f' ]/g, '');
  const thousands = /k$/i.test(s) ? 1000 : 1;
  s = s.replace(/k$/i, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  let decimal: string | null = null;
  if (last >= 0) {
    const sep = s[last]!;
    const digitsAfter = s.length - last - 1;
    const sepCount = s.split(sep).length - 1;
    const other = sep === '.' ? ',' : '.';
    // A separator is the decimal one when the other kind comes before it, or when it stands
    // alone and is not followed by exactly three digits (which would be a group of thousands).
    if (s.includes(other) ? s.lastIndexOf(other) < last : sepCount === 1 && digitsAfter !== 3) decimal = sep;
  }
  const [whole = '', fraction = ''] = decimal ? [s.slice(0, last), s.slice(last + 1)] : [s, ''];
  const value = Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value * thousands : null;
}

function currencyOf(symbol: string | undefined, code: string | undefined): string | null {
  // Three capitals that are no currency code make the amounts something else.
  if (code) return CODES.has(code) ? code : null;
  if (!symbol) return null;
  return SYMBOLS.find(([re]) => re.test(symbol))?.[1] ?? null;
}

function periodOf(...words: (string | undefined)[]): Period | null {
  for (const word of words) {
    const w = cleanText(word);
    if (!w) continue;
    const found = PERIOD_WORDS.find(([re]) => re.test(w));
    if (found) return found[1];
  }
  return null;
}

function range(
  location: string | null,
  min: number | null,
  max: number | null,
  currency: string | null,
  period: Period | null,
): PayRange | null {
  if (min === null || max === null || !currency || !period || min > max) return null;
  return { location, min, max, currency, period };
}

/** The place a per-location line names: the text before its amounts, after any sentence before it. */
function placeBefore(text: string): string | null {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  const place = cleanText(text.slice(start));
  // amazon.jobs writes "USA, WA, Seattle"; a short name ("Remote", "Seattle") also counts.
  if (!place || place.length > 80 || !/^[\p{Lu}\d]/u.test(place) || PROSE_WORD.test(place)) return null;
  return place.split(/\s*,\s*/).every((part) => /^[\p{Lu}\d]/u.test(part)) ? place : null;
}

/** Every "LOCATION - MIN - MAX CUR period" range written in one text, in order. */
export function payLines(text: string): PayRange[] {
  const found: PayRange[] = [];
  if (!mayStatePay(text)) return found;
  const s = cleanText(text);
  let from = 0;
  for (const m of s.matchAll(LINE_AMOUNTS)) {
    const [, symbolMin, min = '', symbolMax, max = '', code, period] = m;
    const location = placeBefore(s.slice(from, m.index));
    from = m.index + m[0].length;
    const line = location
      ? range(location, parseAmount(min), parseAmount(max), currencyOf(symbolMin ?? symbolMax, code), periodOf(period))
      : null;
    if (line) found.push(line);
  }
  return found;
}

function priceParts(m: RegExpExecArray, at: number): { symbol?: string; code?: string; amount: string; period?: string } {
  const [symbol, a1, code1, a2, a3, code2, period] = m.slice(at, at + 7);
  return { symbol, code: code1 ?? code2, amount: a1 ?? a2 ?? a3 ?? '', period };
}

/** The range of a "ranges from $X/year … up to $Y/year" (or "$X - $Y per hour") sentence, or null. */
export function paySentence(text: string): PayRange | null {
  if (!mayStatePay(text)) return null;
  const s = cleanText(text);
  for (const [pattern, high] of [
    [SENTENCE, 9],
    [DASHED, 8],
  ] as const) {
    // A match whose words are no currency or period is tried again one character on, where the
    // pattern with the lists in it would have gone on looking.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
      const found = priceRange(m, high);
      if (found) return found;
      pattern.lastIndex = m.index + 1;
    }
  }
  return null;
}

/** The range of a match of SENTENCE or DASHED, whose second price starts at group `high`; null when its words are not currencies or periods. */
function priceRange(m: RegExpExecArray, high: number): PayRange | null {
  const low = priceParts(m, 1);
  const top = priceParts(m, high);
  const tail = m[m.length - 1];
  if ([low.code, top.code].some((c) => c && !CODES.has(c))) return null;
  return range(
    null,
    parseAmount(low.amount),
    parseAmount(top.amount),
    currencyOf(low.symbol ?? top.symbol, low.code ?? top.code),
    periodOf(low.period, top.period, tail),
  );
}

function same(a: PayRange, b: PayRange): boolean {
  return a.location === b.location && a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;
}

/**
 * A posting's pay from its lines in page order: every per-location line; when there is none,
 * the first "ranges from … up to …" sentence; [] when the posting states no pay.
 */
export function readPay(texts: readonly string[]): PayRange[] {
  const lines: PayRange[] = [];
  for (const text of texts) {
    for (const found of payLines(text)) if (!lines.some((l) => same(l, found))) lines.push(found);
  }
  if (lines.length) return lines;
  for (const text of texts) {
    const found = paySentence(text);
    if (found) return [found];
  }
  return [];
}

/** Whether a line states pay (a per-location line or a pay sentence): never a location or a qualification. */
export function isPayText(text: string): boolean {
  return payLines(text).length > 0 || paySentence(text) !== null;
}
