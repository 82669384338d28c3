import type { Job } from '../types';

export interface JobCard {
  /** The card's own element in the document (the widget puts a "Save job" button beside it). */
  element: Element;
  job: Job;
}

// STUB — replaced by the job-card reader.
export function findJobCards(_root: ParentNode, _pageUrl: URL): JobCard[] {
  return [];
}
