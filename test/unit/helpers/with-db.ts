import { ClipperDB } from '../../../lib/db/schema';

/** Runs `run` on a database of its own, deleted afterwards. */
export async function withDb<T>(run: (db: ClipperDB) => Promise<T>): Promise<T> {
  const db = new ClipperDB(`test-${Math.random()}`);
  try {
    return await run(db);
  } finally {
    await db.delete();
  }
}
