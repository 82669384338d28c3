import type { Extractor } from '../types';

// STUB — replaced by the amazon.jobs posting extractor.
export const amazonJobsPosting: Extractor = {
  name: 'amazon.jobs posting',
  detect: () => null,
  extract: (_doc, url) => ({ kind: null, url: url.href }),
};
