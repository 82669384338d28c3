// Patterns of many localised words (section headings, field labels), matched in any case.
//
// Written with the `iu` flags, such a pattern costs V8 a millisecond or more to compile on a
// page's first reading, as every letter becomes the set of its Unicode case variants: the label
// patterns of a posting alone cost a cold reading several milliseconds. The same words, written in
// lower case and matched without flags against the text lower-cased, read the same and compile in
// a fraction of that. Lower-casing keeps the length of everything such a pattern can match (only
// a few characters, none of them in these words, grow when lower-cased), so a match's length and
// position hold for the original text too.

export interface AnyCasePattern {
  test(text: string): boolean;
  /** The match in the text lower-cased: its groups are lower case, its index and length the original's. */
  exec(text: string): RegExpExecArray | null;
}

/** A pattern matched in any case; `source` is written in lower case (so `\S`, `\W`, `\D`, `\B` are not available). */
export function anyCase(source: string): AnyCasePattern {
  if (source !== source.toLowerCase()) throw new Error(`an any-case pattern is written in lower case: ${source}`);
  const pattern = new RegExp(source);
  return {
    test: (text) => pattern.test(text.toLowerCase()),
    exec: (text) => pattern.exec(text.toLowerCase()),
  };
}
