import { tokenize } from './tokenize';

export interface Segment {
  text: string;
  match: boolean;
}

/** The distinct words of a query, as the index reads them. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.word))];
}

/**
 * `text` cut into plain and matching runs: the part of each word that a query word starts, as
 * the index matched it (a prefix of the word, case and accents ignored).
 */
export function highlight(text: string, words: readonly string[]): Segment[] {
  if (words.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const segments: Segment[] = [];
  let done = 0;
  for (const token of tokenize(text)) {
    const longest = words.reduce((best, w) => (w.length > best.length && token.word.startsWith(w) ? w : best), '');
    if (!longest) continue;
    // Folding can change a word's length (ligatures, some accents): then the whole word is marked.
    const end = token.word.length === token.end - token.start ? token.start + longest.length : token.end;
    if (token.start > done) segments.push({ text: text.slice(done, token.start), match: false });
    segments.push({ text: text.slice(token.start, end), match: true });
    done = end;
  }
  if (done < text.length) segments.push({ text: text.slice(done), match: false });
  return segments;
}
