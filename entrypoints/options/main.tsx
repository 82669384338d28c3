import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LibraryStatusNotice } from '../../components/LibraryStatusNotice';
import { ReextractButton } from '../../components/reader/ReextractButton';
import { db } from '../../lib/db';
import { countItems } from '../../lib/db/item-entries';
import { ExportButtons } from '../../components/library/ExportButtons';
import { ImportPanel, useImporter } from '../../components/library/ImportPanel';
import { RepairButton } from './RepairButton';
import { RemindersSection } from './RemindersSection';
import '../../components/theme.css';
import '../../components/library/library.css';

interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Asks the browser to keep the library when disk space runs low (it may say no: an extension
 * with unlimitedStorage is usually granted), then reports what it decided and the space used.
 */
function useStorage(): StorageState {
  const [state, setState] = useState<StorageState>({ persisted: null, usage: null, quota: null });
  useEffect(() => {
    const read = async () => {
      const storage = navigator.storage;
      const persisted = (await storage.persisted()) || (await storage.persist());
      const { usage = null, quota = null } = await storage.estimate();
      setState({ persisted, usage, quota });
    };
    read().catch(() => setState({ persisted: false, usage: null, quota: null }));
  }, []);
  return state;
}

function Options() {
  const storage = useStorage();
  const items = useLiveQuery(() => countItems(db), []);
  const importer = useImporter();
  return (
    <main className="options">
      <h1>Science Clipper options</h1>
      <LibraryStatusNotice />
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        <dl className="options-facts">
          <dt>Items saved</dt>
          <dd>{items === undefined ? '…' : items.toLocaleString('en')}</dd>
          <dt>Kept when disk space runs low</dt>
          <dd data-testid="persisted">
            {storage.persisted === null
              ? '…'
              : storage.persisted
                ? 'Yes — the browser will not clear the library on its own'
                : 'No — the browser may clear the library if the disk fills up; export it regularly'}
          </dd>
          <dt>Space used</dt>
          <dd data-testid="usage">
            {storage.usage === null ? '…' : megabytes(storage.usage)}
            {storage.quota !== null && <span className="muted"> of {megabytes(storage.quota)} available</span>}
          </dd>
        </dl>
      </section>
      <RemindersSection />
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">Export and import</h2>
        <p className="muted">
          The JSON file holds your whole library and can be imported here or in another browser. Nothing leaves your computer unless you
          move the file.
        </p>
        <ExportButtons />
        <ImportPanel importer={importer} />
      </section>
      <section aria-labelledby="maintenance-heading" id="maintenance">
        <h2 id="maintenance-heading">Maintenance</h2>
        <RepairButton />
        <ReextractButton />
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <Options />
    </ErrorBoundary>
  </StrictMode>,
);
