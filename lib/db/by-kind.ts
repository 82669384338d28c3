import type { Collection } from 'dexie';
import type { ArticleItem, ClipperDB, JobItem } from './schema';

// An item's kind is written in its id (`job:<jobId>`, `url:<canonical url>`), so the items of a
// kind are a range of the primary key and no index on `kind` has to be kept up on every write.

export const JOB_ID_PREFIX = 'job:';
export const URL_ID_PREFIX = 'url:';

export function jobItems(db: ClipperDB): Collection<JobItem, string> {
  return db.items.where('id').startsWith(JOB_ID_PREFIX) as Collection<JobItem, string>;
}

/** Articles and profiles. */
export function articleItems(db: ClipperDB): Collection<ArticleItem, string> {
  return db.items.where('id').startsWith(URL_ID_PREFIX) as Collection<ArticleItem, string>;
}
