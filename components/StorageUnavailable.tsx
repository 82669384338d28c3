import { STORAGE_UNAVAILABLE } from '../lib/storage-availability';
import { EmptyState } from './EmptyState';

/** Shown instead of a page's content when the browser refuses the extension its database. */
export function StorageUnavailable() {
  return (
    <main className="popup" role="alert">
      <EmptyState title={STORAGE_UNAVAILABLE.title}>
        <p>{STORAGE_UNAVAILABLE.detail}</p>
      </EmptyState>
    </main>
  );
}
