import { useSyncExternalStore } from 'react';
import { libraryFailure, libraryReady, libraryStatus, onLibraryStatus } from '../lib/db/library-ready';

/**
 * Tells the user why the page is still empty while the background upgrades the library after an
 * update (or why it could not open it, with Retry). Renders nothing otherwise.
 */
export function LibraryStatusNotice() {
  const status = useSyncExternalStore(onLibraryStatus, libraryStatus);
  if (status === 'upgrading') {
    return (
      <p className="library-status" role="status">
        Science Clipper is upgrading your library to this version… This happens once after an update and can take a moment for a large
        library.
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <div className="library-status error-note" role="alert">
        <span>Science Clipper could not open your library: {libraryFailure()}</span>
        <button type="button" className="btn" onClick={() => void libraryReady().catch(() => undefined)}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
