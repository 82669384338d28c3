// amazon.jobs search results (kind "job-list"): /search or /<locale>/search with any query.
// The results are rendered by the site's scripts, so the list is whatever cards the page shows
// when it is read.
import type { Extractor } from '../../types';
import { isJobsHost } from '../../url/canonical';
import { jobListClip } from '../jobs/list';

const SEARCH_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/)?search\/?$/i;

export const amazonJobsSearch: Extractor = {
  name: 'amazon.jobs search results',
  detect(_doc, url) {
    return isJobsHost(url) && SEARCH_PATH.test(url.pathname) ? 'job-list' : null;
  },
  extract(doc, url) {
    return jobListClip(doc, url, /\s*[-–—|]\s*Amazon\.jobs\s*$/i);
  },
};
