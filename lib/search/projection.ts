import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { Item } from '../db/schema';
import { cardOf, termsRowOf } from './card';

/** The tables derived from `items`, one row per item under the same id. */
export const PROJECTED_TABLES = ['cards', 'terms'] as const;

/**
 * Keeps `cards` and `terms` equal to a projection of `items`, inside the very transaction that
 * writes the items. Living in the database layer rather than in each writer means no write path
 * (a save, a tag edit, an import, a merge, a test) can forget it, and a failed write leaves
 * neither table behind the other.
 */
export const libraryProjection: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibraryProjection',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('items') ? [...new Set([...stores, ...PROJECTED_TABLES])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === 'items' ? projectingTable(table, down.table('cards'), down.table('terms')) : table;
      },
    };
  },
};

function projectingTable(items: DBCoreTable, cards: DBCoreTable, terms: DBCoreTable): DBCoreTable {
  return {
    ...items,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const { trans } = req;
      switch (req.type) {
        case 'add':
        case 'put': {
          const result = await items.mutate(req);
          // A bulkAdd can refuse some rows and keep the others: project only what was written.
          const written = (req.values as Item[]).filter((_, i) => !(i in result.failures));
          if (written.length > 0) {
            await Promise.all([
              cards.mutate({ type: 'put', trans, values: written.map(cardOf) }),
              terms.mutate({ type: 'put', trans, values: written.map(termsRowOf) }),
            ]);
          }
          return result;
        }
        case 'delete': {
          const result = await items.mutate(req);
          await Promise.all([cards.mutate({ type: 'delete', trans, keys: req.keys }), terms.mutate({ type: 'delete', trans, keys: req.keys })]);
          return result;
        }
        case 'deleteRange': {
          // The derived tables share the items' primary key, so the same id range names the same rows.
          const result = await items.mutate(req);
          await Promise.all([
            cards.mutate({ type: 'deleteRange', trans, range: req.range }),
            terms.mutate({ type: 'deleteRange', trans, range: req.range }),
          ]);
          return result;
        }
      }
    },
  };
}
