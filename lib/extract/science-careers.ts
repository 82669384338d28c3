import type { Extractor } from '../types';

// STUB — replaced by the amazon.science careers list extractor.
export const scienceCareers: Extractor = {
  name: 'amazon.science careers',
  detect: () => null,
  extract: (_doc, url) => ({ kind: null, url: url.href }),
};
