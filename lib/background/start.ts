import { repairReadModel } from '../db/read-model/repair';
import type { ClipperDB } from '../db/schema';
import { resumePendingImages } from '../images/pending';
import { keepAlive } from './keep-alive';

/**
 * What the background does each time its worker starts, after its listeners are registered:
 * opens the library (upgrading it: only the background does), checks the read model cheaply and rebuilds what drifted, and resumes picture downloads an
 * earlier run did not finish. Each step's failure is reported and the next still runs.
 */
export async function startBackground(db: ClipperDB, fetchImpl: typeof fetch = fetch): Promise<void> {
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['open the library', () => db.open()],
    ['check the library', () => repairReadModel(db)],
    ['resume picture downloads', () => resumePendingImages(db, fetchImpl)],
  ];
  for (const [what, step] of steps) {
    try {
      await keepAlive(step());
    } catch (error) {
      console.warn(`Science Clipper: could not ${what} at start`, error);
    }
  }
}
