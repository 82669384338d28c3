import { useEffect, useRef, useState } from 'react';
import type { ImportCounts } from '@/lib/import/merge-import';
import type { InvalidEntry } from '@/lib/import/read-export';
import { checkImportSize } from '@/lib/import/read-export';
import { BackgroundError, send } from '@/lib/messaging';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; counts: ImportCounts; invalid: InvalidEntry[]; invalidCount: number }
  | { step: 'importing'; name: string }
  | { step: 'done'; counts: ImportCounts; invalid: number }
  | { step: 'refused'; message: string };

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

function failure(error: unknown): string {
  return error instanceof BackgroundError ? error.message : `This file could not be read (${String(error)}). Nothing was imported.`;
}

export interface Importer {
  state: ImportStep;
  choose(file: File): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * Import of an export file. The background, the only writer, reads the file itself through a
 * blob: address of this page (a library is larger than a message may be): first a preview of
 * what it would do (nothing written), then, once confirmed, the import in one transaction. The
 * state lives in the page, not in the panel, so closing the panel never loses an import.
 */
export function useImporter(): Importer {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const url = useRef<string | null>(null);

  const release = () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(() => release, []);

  const choose = async (file: File) => {
    release();
    setState({ step: 'reading', name: file.name });
    try {
      checkImportSize(file.size);
      url.current = URL.createObjectURL(file);
      const preview = await send({ type: 'preview-import', url: url.current });
      setState({ step: 'preview', name: file.name, counts: preview.counts, invalid: preview.invalid, invalidCount: preview.invalidCount });
    } catch (error) {
      release();
      setState({ step: 'refused', message: failure(error) });
    }
  };

  const confirm = async () => {
    if (!url.current || state.step !== 'preview') return;
    setState({ step: 'importing', name: state.name });
    try {
      const { invalid, ...counts } = await send({ type: 'import-file', url: url.current });
      setState({ step: 'done', counts, invalid });
    } catch (error) {
      setState({ step: 'refused', message: failure(error) });
    } finally {
      release();
    }
  };

  const cancel = () => {
    release();
    setState({ step: 'idle' });
  };

  return { state, choose, confirm, cancel };
}

export function ImportPanel({ importer }: { importer: Importer }) {
  const { state, choose, confirm, cancel } = importer;
  return (
    <section className="import-panel" aria-label="Import">
      <label className="btn">
        Import a library file…
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Choose an export file to import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      {state.step === 'reading' && <p role="status">Reading {state.name}…</p>}
      {state.step === 'refused' && (
        <p className="error-note" role="alert">
          <span>{state.message}</span>
        </p>
      )}
      {state.step === 'preview' && (
        <div className="import-preview" role="dialog" aria-label="Import preview">
          <p>
            <strong>{state.name}</strong>
          </p>
          <ul className="import-counts">
            <li>
              <strong>{state.counts.new.toLocaleString('en')}</strong> new
            </li>
            <li>
              <strong>{state.counts.updated.toLocaleString('en')}</strong> updated
            </li>
            <li>
              <strong>{state.counts.unchanged.toLocaleString('en')}</strong> unchanged
            </li>
            <li>
              <strong>{state.invalidCount.toLocaleString('en')}</strong> invalid
            </li>
          </ul>
          {state.invalidCount > 0 && (
            <details>
              <summary>Why {state.invalidCount === 1 ? 'one item is' : 'some items are'} invalid (they will be skipped)</summary>
              <ul>
                {state.invalid.map((entry) => (
                  <li key={entry.index}>
                    Item {entry.index + 1}: {entry.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="muted">Items already in your library keep their tags, notes and status; what the file adds is merged in.</p>
          <div className="import-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={state.counts.new + state.counts.updated === 0}
              onClick={() => void confirm()}
            >
              Import {plural(state.counts.new + state.counts.updated, 'item')}
            </button>
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'importing' && (
        <p role="status">
          Importing {state.name}… <progress />
        </p>
      )}
      {state.step === 'done' && (
        <p role="status" className="import-done">
          Imported: {state.counts.new.toLocaleString('en')} new, {state.counts.updated.toLocaleString('en')} updated, {state.counts.unchanged.toLocaleString('en')} unchanged
          {state.invalid > 0 && `, ${plural(state.invalid, 'invalid item')} skipped`}.
        </p>
      )}
    </section>
  );
}
