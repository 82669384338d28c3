import Dexie, { type EntityTable } from 'dexie';
import type { JobEvent } from '../job-events';
import type { JobStatus } from '../job-status';
import { cardOf } from '../search/card';
import { rewritePages, summaryOf, type CardPage, type PageSummary } from '../search/card-pages';
import { libraryProjection } from '../search/projection';
import { recentOf, type RecentItems } from '../search/recent';
import type { ArticleClip, Job } from '../types';

export { JOB_STATUSES, type JobStatus } from '../job-status';

export interface StatusChange {
  status: JobStatus;
  /** epoch ms */
  at: number;
}

interface ItemBase {
  /** `url:<canonical url>` for articles and profiles, `job:<jobId>` for jobs. */
  id: string;
  /** Every address the item was saved from, as visited (not canonical), without repeats, first one first. */
  sourceUrls: string[];
  /** The user's tags: trimmed, lower-cased, unique. */
  tags: string[];
  savedAt: number;
  updatedAt: number;
  extractorVersion: number;
  /** Denormalised from the clip so that it can be indexed and sorted. */
  title: string;
}

export interface ArticleItem extends ItemBase {
  kind: 'article' | 'profile';
  clip: ArticleClip;
}

export interface JobItem extends ItemBase {
  kind: 'job';
  clip: Job;
  status: JobStatus;
  statusHistory: StatusChange[];
  notes: string;
  /** YYYY-MM-DD or null */
  followUp: string | null;
  /** Interview rounds and other dated events; absent on jobs saved before events existed (none). */
  events?: JobEvent[];
}

export type Item = ArticleItem | JobItem;

/** The page's raw HTML at save time, gzip-compressed, so items can be re-extracted later. */
export interface Snapshot {
  itemId: string;
  url: string;
  capturedAt: number;
  /** A Blob in snapshots saved before database version 2. */
  gzip: Uint8Array<ArrayBuffer> | Blob;
}

/** An image captured for offline reading; one row per image address, shared by the items using it. */
export interface StoredImage {
  src: string;
  itemIds: string[];
  status: 'ok' | 'missing';
  blob: Blob | null;
  bytes: number;
  type: string | null;
}

export const DB_NAME = 'science-clipper';

export class ClipperDB extends Dexie {
  items!: EntityTable<Item, 'id'>;
  snapshots!: EntityTable<Snapshot, 'itemId'>;
  images!: EntityTable<StoredImage, 'src'>;
  /** Derived from items, never written directly: see lib/search/projection.ts. */
  cardPages!: EntityTable<CardPage, 'page'>;
  pageSummaries!: EntityTable<PageSummary, 'page'>;
  recent!: EntityTable<RecentItems, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      items: 'id, kind, savedAt, updatedAt, *tags, status',
      snapshots: 'itemId',
      images: 'src, *itemIds',
      cards: 'id, rev',
    });
    // Version 2: every index of an item costs each write of it (about half a second each for a
    // 10,000-item import), so items have none: their kind is their id's prefix (./by-kind.ts),
    // and the cards, one row each before, are stored a page at a time with a summary of each
    // page's save times and tags, and the newest items in a row of their own, for the popup
    // (lib/search/card-pages.ts, lib/search/recent.ts).
    this.version(2)
      .stores({ items: 'id', cards: null, cardPages: 'page, rev', pageSummaries: 'page', recent: 'key' })
      .upgrade(async (tx) => {
        const items = (await tx.table('items').toArray()) as Item[];
        const pages = rewritePages(items.map((item) => [item.id, cardOf(item)]), new Map());
        await tx.table('cardPages').bulkPut(pages);
        const summaries = pages.map(summaryOf);
        await tx.table('pageSummaries').bulkPut(summaries);
        await tx.table('recent').put(recentOf(summaries));
      });
    this.use(libraryProjection);
  }
}
