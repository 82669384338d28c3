import type { Job } from '../../types';

/** A Job with only its identity: every field the page has not shown yet is null or []. */
export function emptyJob(jobId: string, url: string): Job {
  return {
    kind: 'job',
    jobId,
    url,
    title: null,
    locations: [],
    company: null,
    description: '',
    responsibilities: [],
    basicQualifications: [],
    preferredQualifications: [],
    applyUrl: null,
    posted: null,
    pay: [],
  };
}
