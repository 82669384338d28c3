import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Item } from '../schema';
import { cardOf } from './card';
import { CARD_PAGE_COUNT, pageOf, rewritePages, summaryOf, type CardChange, type CardPage, type PageSummary } from './card-pages';
import { RECENT_KEY, recentOf, updateRecent, type RecentItems } from './recent';

/** The tables derived from `items`; never written directly. */
export const DERIVED_TABLES = ['cardPages', 'pageSummaries', 'recent'] as const;

/**
 * Keeps `cardPages` equal to a projection of `items` (one card per item, in the page its id
 * hashes to, see ./card-pages.ts), `pageSummaries` equal to the pages' summaries and `recent`
 * listing the newest items (./recent.ts), inside the very transaction that writes the items.
 * Living in the database layer rather than in each writer means no write path (a save, a tag
 * edit, an import, a merge, a test) can forget it, and a failed write leaves no table behind
 * another.
 */
export const libraryProjection: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibraryProjection',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('items') ? [...new Set([...stores, ...DERIVED_TABLES])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        // The derived tables are looked up when first written: while a database is upgraded from
        // a version without them, items are read through this stack too.
        return name === 'items' ? projectingTable(table, () => DERIVED_TABLES.map((derived) => down.table(derived)) as Derived) : table;
      },
    };
  },
};

type Derived = [pages: DBCoreTable, summaries: DBCoreTable, recent: DBCoreTable];

const ALL_PAGES = Array.from({ length: CARD_PAGE_COUNT }, (_, no) => no);

function projectingTable(items: DBCoreTable, derived: () => Derived): DBCoreTable {
  // A page is read, changed and written back: two writes of one transaction must not both read
  // the page before either writes it, so each transaction's page rewrites run one after another.
  const queues = new WeakMap<DBCoreTransaction, Promise<void>>();

  /**
   * Rewrites the pages of `ids` with what `changes()` says. The pages are asked for at once, so
   * when the caller hands its items to the database right after, the database reads the pages
   * first and then writes the items while their cards are computed here; the pages go last.
   */
  const project = (trans: DBCoreTransaction, ids: readonly string[], changes: () => Promise<CardChange[]>): Promise<void> => {
    const run = async () => {
      if (ids.length === 0) return;
      const [pages, summaries, recent] = derived();
      const numbers = [...new Set(ids.map(pageOf))];
      const [stored, listed] = await Promise.all([
        pages.getMany({ trans, keys: numbers }) as Promise<Array<CardPage | undefined>>,
        recent.get({ trans, key: RECENT_KEY }) as Promise<RecentItems | undefined>,
      ]);
      const changed = await changes();
      const next = rewritePages(changed, new Map(stored.filter((page) => page !== undefined).map((page) => [page.page, page])));
      if (next.length === 0) return;
      const written = [
        pages.mutate({ type: 'put', trans, values: next }),
        summaries.mutate({ type: 'put', trans, values: next.map(summaryOf) }),
      ];
      // Read after the summaries' put, so the transaction gives back the summaries just written.
      const newest =
        updateRecent(listed, changed) ??
        recentOf(((await summaries.getMany({ trans, keys: ALL_PAGES })) as Array<PageSummary | undefined>).filter((s) => s !== undefined));
      await Promise.all([...written, recent.mutate({ type: 'put', trans, values: [newest] })]);
    };
    const previous = queues.get(trans);
    // Started at once when nothing is queued, so that its read reaches the database first. A
    // Dexie promise carries the transaction's context into the queued run, which its reads need.
    const queued = previous ? Dexie.Promise.resolve(previous).then(run) : run();
    queues.set(
      trans,
      queued.catch(() => undefined),
    );
    return queued;
  };

  const cards = (written: readonly Item[]) => written.map((item): CardChange => [item.id, cardOf(item)]);
  const removals = (keys: readonly string[]) => keys.map((key): CardChange => [key, null]);
  const idsOf = (values: readonly Item[]) => values.map((item) => item.id);

  return {
    ...items,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const { trans } = req;
      switch (req.type) {
        case 'add': {
          const values = req.values as Item[];
          const writing = items.mutate(req);
          // A bulkAdd can refuse some rows and keep the others: project only what was written.
          const written = async () => {
            const { failures } = await writing;
            return cards(values.filter((_, i) => !(i in failures)));
          };
          const [result] = await Promise.all([writing, project(trans, idsOf(values), written)]);
          return result;
        }
        case 'put': {
          const values = req.values as Item[];
          const projected = project(trans, idsOf(values), async () => cards(values));
          const [result] = await Promise.all([items.mutate(req), projected]);
          return result;
        }
        case 'delete': {
          const keys = req.keys as string[];
          const [result] = await Promise.all([items.mutate(req), project(trans, keys, async () => removals(keys))]);
          return result;
        }
        case 'deleteRange': {
          // The cards are found by id, so the range is first turned into the ids it holds.
          const held = (await items.query({ trans, values: false, query: { index: items.schema.primaryKey, range: req.range } }))
            .result as string[];
          const [result] = await Promise.all([items.mutate(req), project(trans, held, async () => removals(held))]);
          return result;
        }
      }
    },
  };
}
