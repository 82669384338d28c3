// The amazon.science careers list (kind "job-list"): /careers with any query (page, filters).
// Its postings are job cards like those of "Work with us", so the card reader does the work.
import type { Extractor } from '../../types';
import { isScienceHost } from '../../url/canonical';
import { jobListClip } from '../jobs/list';

const CAREERS_PATH = /^\/careers\/?$/i;

export const scienceCareers: Extractor = {
  name: 'amazon.science careers',
  detect(_doc, url) {
    return isScienceHost(url) && CAREERS_PATH.test(url.pathname) ? 'job-list' : null;
  },
  extract(doc, url) {
    return jobListClip(doc, url, /\s*[-–—|]\s*Amazon Science\s*$/i);
  },
};
