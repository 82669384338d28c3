import type { SavableClip } from '../types';
import { canonicalUrl } from '../url/canonical';
import { JOB_ID_PREFIX, URL_ID_PREFIX } from './by-kind';

// An item's id from what it is: apart from the write path (./items.ts) so that pages can name a
// saved item without loading code that writes.

export function jobItemId(jobId: string): string {
  return `${JOB_ID_PREFIX}${jobId}`;
}

export function urlItemId(url: string): string {
  return `${URL_ID_PREFIX}${canonicalUrl(url)}`;
}

/** A job is one item wherever it was seen, so its id comes from jobId, never from its address. */
export function itemIdOf(clip: SavableClip): string {
  return clip.kind === 'job' ? jobItemId(clip.jobId) : urlItemId(clip.url);
}
