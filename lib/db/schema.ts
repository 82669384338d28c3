import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { z } from 'zod';
import type { CardStagingRow } from '../import/commit';
import type { articleItemSchema, jobItemSchema, statusChangeSchema } from './item-schema';
import { READ_MODEL_KEY, type MetaRow, type ReadModelMeta } from './meta';
import type { CardPage, PageSummary } from './read-model/card-pages';
import { libraryProjection } from './read-model/projection';
import type { RecentItems } from './read-model/recent';
import { READ_MODEL_VERSION, rebuildReadModel } from './read-model/repair';

export { JOB_STATUSES, type JobStatus } from '../job-status';

export type StatusChange = z.infer<typeof statusChangeSchema>;
export type ArticleItem = z.infer<typeof articleItemSchema>;
export type JobItem = z.infer<typeof jobItemSchema>;
/** A saved item: its fields are those of ./item-schema.ts, which an imported file is checked against. */
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

/**
 * An article whose pictures are still to be downloaded: written with the item, removed once its
 * pictures are stored or known missing, so a download the worker did not finish is resumed.
 */
export interface PendingImages {
  itemId: string;
  /** When the item was written (epoch ms): a capture finishing for an older write leaves a newer one pending. */
  since: number;
}

export const DB_NAME = 'science-clipper';
/** The schema version the code below declares last. */
export const DB_VERSION = 3;

/** Thrown in an extension page that finds the library at an older version: only the background upgrades it. */
export class UpgradeElsewhere extends Error {
  override name = 'UpgradeElsewhere';
}

export interface ClipperDBOptions {
  /**
   * Whether this connection may upgrade the database: the background's does (and Node's, in
   * tests); an extension page's or worker's must not, because an upgrade blocks every other
   * connection and, at 10,000 items, held the first popup for seconds with no sign of why.
   */
  upgrades?: boolean;
  /** Awaited before the database is opened: an extension page waits there until the background has upgraded it. */
  beforeOpen?: () => Promise<void>;
  /**
   * Whether writes of items keep the read model up to date (./read-model/projection.ts): always,
   * but on the connection an import writes through, which builds the read model itself.
   */
  projection?: boolean;
}

export class ClipperDB extends Dexie {
  items!: EntityTable<Item, 'id'>;
  snapshots!: EntityTable<Snapshot, 'itemId'>;
  images!: EntityTable<StoredImage, 'src'>;
  /** Derived from items, never written directly: see ./read-model/projection.ts. */
  cardPages!: EntityTable<CardPage, 'page'>;
  pageSummaries!: EntityTable<PageSummary, 'page'>;
  recent!: EntityTable<RecentItems, 'key'>;
  pendingImages!: EntityTable<PendingImages, 'itemId'>;
  /** Cards of the items an import is writing, by page, within its transaction (lib/import/commit.ts); empty otherwise. */
  cardStaging!: Table<CardStagingRow, [number, number]>;
  /** Small records of the library's own state: the read model's version, the last import's result. */
  meta!: Table<MetaRow, string>;

  private readonly beforeOpen: (() => Promise<void>) | undefined;

  constructor(name = DB_NAME, options: ClipperDBOptions = {}) {
    super(name);
    this.beforeOpen = options.beforeOpen;
    const upgrades = options.upgrades ?? true;
    const guarded = (upgrade: (tx: Transaction) => Promise<void>) => (tx: Transaction) => {
      if (!upgrades) throw new UpgradeElsewhere('The library is upgraded by the background only.');
      return upgrade(tx);
    };
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
    // (./read-model/). Version 3 builds them.
    this.version(2)
      .stores({ items: 'id', cards: null, cardPages: 'page, rev', pageSummaries: 'page', recent: 'key' })
      .upgrade(guarded(async () => undefined));
    // Version 3: pending picture downloads, the cards an import stages by page, and the meta row
    // that records which read model the card pages hold; the read model is rebuilt from the
    // items, a page at a time (cards no longer store words the interface chose).
    this.version(3)
      .stores({ pendingImages: 'itemId', cardStaging: '[page+seq]', meta: 'key' })
      .upgrade(guarded((tx) => rebuildReadModel(tablesOf(tx))));
    // A database that does not exist yet is created at the last version without any upgrade
    // function running: that, too, is the background's. Its read model, built by the projection
    // from the first write on, is of this version.
    this.on('populate', (tx) => {
      if (!upgrades) throw new UpgradeElsewhere('The library is created by the background only.');
      return tx.table('meta').put({ key: READ_MODEL_KEY, version: READ_MODEL_VERSION, checkedAt: 0 } satisfies ReadModelMeta);
    });
    if (options.projection ?? true) this.use(libraryProjection);
  }

  // Dexie opens the database on its first query by calling open(): every query waits here too.
  override open() {
    const before = this.beforeOpen;
    return before ? Dexie.Promise.resolve(before()).then(() => super.open()) : super.open();
  }
}

/** The tables the read model is built from and into, on the database or in an upgrade's transaction. */
export type ReadModelTables = Pick<ClipperDB, 'items' | 'cardPages' | 'pageSummaries' | 'recent' | 'meta'>;

function tablesOf(tx: Transaction): ReadModelTables {
  return {
    items: tx.table('items') as ClipperDB['items'],
    cardPages: tx.table('cardPages') as ClipperDB['cardPages'],
    pageSummaries: tx.table('pageSummaries') as ClipperDB['pageSummaries'],
    recent: tx.table('recent') as ClipperDB['recent'],
    meta: tx.table('meta') as ClipperDB['meta'],
  };
}
