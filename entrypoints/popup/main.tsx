import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LibraryStatusNotice } from '../../components/LibraryStatusNotice';
import { StorageUnavailable } from '../../components/StorageUnavailable';
import { db } from '../../lib/db';
import { libraryStatus, onLibraryStatus } from '../../lib/db/library-ready';
import { storageProblem } from '../../lib/storage-availability';
import { FIRST_SCREEN, readNewest } from '../../lib/ui/popup-data';
import { Popup } from './Popup';
import '../../components/theme.css';
import './popup.css';

const root = createRoot(document.getElementById('root')!);

// The rows of the first screen are read before the first render, so that render already shows
// them: the component's own live query, which then reads the rest and the counts, only starts
// after React's first commit and its effects, and an empty first frame would be laid out and
// painted for nothing. Reading and rendering all fifty rows first, with the counts, cost
// nearly half the time to first paint.
// While the background upgrades the library after an update, the first read waits for it: the
// notice says why the popup is empty. In the usual case nothing is rendered before the rows.
const stopNotice = onLibraryStatus(() => {
  if (libraryStatus() !== 'ready') root.render(<LibraryStatusNotice />);
});
readNewest(db, FIRST_SCREEN).then(render, async () => {
  // Asked only after a failure, so that the usual first paint waits for nothing more. Any other
  // failure, the live query meets again and the boundary shows it.
  if (!(await storageProblem())) return render(undefined);
  stopNotice();
  root.render(<StorageUnavailable />);
});

function render(items: Awaited<ReturnType<typeof readNewest>> | undefined) {
  stopNotice();
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <LibraryStatusNotice />
        <Popup initialItems={items} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
