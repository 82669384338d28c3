// Words as the search index sees them. One tokenizer for indexing, querying and highlighting,
// so that what is found is exactly what gets marked.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case without diacritics: "Léino" and "leino" are the same word to a searcher. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

/**
 * Whether a UTF-16 code unit belongs to a word: ASCII letters and digits, and every non-ASCII
 * letter range we may meet (Latin-1 letters upward), minus the punctuation blocks that sit among
 * them (× ÷, dashes and curly quotes, CJK punctuation).
 */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xfeff;
}

export interface Token {
  /** The folded word. */
  word: string;
  /** Where the word starts and ends in the original text. */
  start: number;
  end: number;
}

/**
 * Calls `onWord` with the bounds of every word of `text`, and whether the word is plain ASCII
 * (then lower-casing is all the folding it needs). A hand-written scan rather than a Unicode
 * regex: it runs over every clip's body when a library is imported, and is several times faster.
 */
function scanWords(text: string, onWord: (start: number, end: number, ascii: boolean) => void): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (c >= 0x80) ascii = false;
    } else if (start >= 0) {
      onWord(start, i, ascii);
      start = -1;
    }
  }
}

/** Every word of `text` with its position. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end) => out.push({ word: fold(text.slice(start, end)), start, end }));
  return out;
}

/** The distinct folded words of `text`, in first-seen order. */
export function uniqueWords(text: string): string[] {
  // Lower-casing once is much cheaper than once per word; positions are not needed here.
  const lower = text.toLowerCase();
  const seen = new Set<string>();
  scanWords(lower, (start, end, ascii) => {
    const word = lower.slice(start, end);
    seen.add(ascii ? word : fold(word));
  });
  return [...seen];
}
