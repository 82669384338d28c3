// What the content script does with each kind of page: one rule, shared by the reading
// (lib/extract/registry.ts) and the widget.
import type { ArticleClip, Clip, JobListClip, SavableClip } from '../types';

/** Pages whose job cards each get a "Save job" button: articles and profiles ("Work with us"), and job lists. */
export function showsJobCards(clip: Clip): clip is ArticleClip | JobListClip {
  return clip.kind === 'article' || clip.kind === 'profile' || clip.kind === 'job-list';
}

/** The page's own clip when the page can be saved as one item (article, profile, job posting). */
export function savableOf(clip: Clip): SavableClip | null {
  return clip.kind === 'article' || clip.kind === 'profile' || clip.kind === 'job' ? clip : null;
}
