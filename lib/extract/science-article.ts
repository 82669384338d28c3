import type { Extractor } from '../types';

// STUB — replaced by the amazon.science article/profile extractor.
export const scienceArticle: Extractor = {
  name: 'amazon.science article',
  detect: () => null,
  extract: (_doc, url) => ({ kind: null, url: url.href }),
};
