import { describe, expect, test } from 'vitest';
import { fold, tokenize, uniqueWords } from '../../../lib/search/tokenize';

describe('tokenize', () => {
  test('splits on punctuation and spaces, folds case and diacritics, and keeps positions', () => {
    const text = 'Rustan Léino — “Dafny”, C++ & ML/NLP';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['rustan', 'leino', 'dafny', 'c', 'ml', 'nlp']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Rustan', 'Léino', 'Dafny', 'C', 'ML', 'NLP']);
  });

  test('keeps non-Latin letters and digits as words', () => {
    expect(tokenize('Tel Aviv תל אביב 2026 東京').map((t) => t.word)).toEqual(['tel', 'aviv', 'תל', 'אביב', '2026', '東京']);
  });

  test('uniqueWords lists each folded word once, in first-seen order', () => {
    expect(uniqueWords('Proof, proof and PROOF of the proof-checker')).toEqual(['proof', 'and', 'of', 'the', 'checker']);
  });

  test('fold strips accents only from non-ASCII words', () => {
    expect(fold('Škoda')).toBe('skoda');
    expect(fold('Amazon')).toBe('amazon');
  });
});
