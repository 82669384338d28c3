// Letter classes for the patterns that read names and proper nouns, in two spellings.
//
// Written with Unicode properties (\p{Lu}, \p{L}…), each class stands for hundreds of ranges, and
// V8 compiles a pattern twice on a page (once for its interpreter, again natively when it runs a
// second time): the person patterns alone cost a cold reading more than Readability's whole parse.
// Most texts hold no letter or digit outside ASCII; for them the same patterns, built with ASCII
// classes, read exactly the same and compile in a fraction of the time. A text with "Zoë" or
// "Łukasz" in it gets the Unicode spelling.

/** The contents of a bracket class, for `[${…}]`, and the flags a pattern built from them needs. */
export interface Letters {
  upper: string;
  lower: string;
  letter: string;
  digit: string;
  flags: '' | 'u';
}

const UNICODE: Letters = {
  upper: String.raw`\p{Lu}`,
  lower: String.raw`\p{Ll}`,
  letter: String.raw`\p{L}`,
  digit: String.raw`\p{N}`,
  flags: 'u',
};
const ASCII: Letters = { upper: 'A-Z', lower: 'a-z', letter: 'A-Za-z', digit: '0-9', flags: '' };

/**
 * A character that may be a letter or digit beyond ASCII. English text holds few characters
 * outside ASCII, and nearly all are punctuation: non-breaking spaces, the marks of Latin-1 (« » ©
 * ° ·), and General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipses), in which no
 * character is a letter or a digit. Those are passed over without trying the Unicode class.
 */
const MAYBE_WORD_CHAR = /[^\0-\x7f\u00a0\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u00d7\u2000-\u206f]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function beyondAscii(text: string): boolean {
  for (const [char] of text.matchAll(MAYBE_WORD_CHAR)) if (LETTER_OR_DIGIT.test(char)) return true;
  return false;
}

/** The classes that read `texts` as the Unicode ones would: ASCII unless a letter or digit is not. */
export function lettersFor(texts: readonly string[]): Letters {
  return texts.some(beyondAscii) ? UNICODE : ASCII;
}

/**
 * `build` run at most once per spelling, when first needed: a page whose texts are all ASCII
 * never compiles the Unicode patterns.
 */
export function byLetters<T>(build: (letters: Letters) => T): (letters: Letters) => T {
  let ascii: T | undefined;
  let unicode: T | undefined;
  return (letters) => (letters === ASCII ? (ascii ??= build(ASCII)) : (unicode ??= build(UNICODE)));
}
