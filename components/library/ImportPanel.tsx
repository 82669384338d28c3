import { useEffect, useRef, useState } from 'react';
import { ProgressLine } from '../ProgressLine';
import { runTask } from '../../lib/background-call';
import type { TaskProgress } from '../../lib/background/task-protocol';
import type { ImportCounts } from '../../lib/import/merge-import';
import type { InvalidEntry } from '../../lib/import/read-export';
import type { ImportPreview } from '../../lib/import/preview';
import { BackgroundError, BackgroundUnavailable } from '../../lib/messaging';
import { countOf } from '../../lib/ui/format';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress: TaskProgress | null }
  | { step: 'preview'; name: string; counts: ImportCounts; invalid: InvalidEntry[]; invalidCount: number }
  | { step: 'importing'; name: string; progress: TaskProgress | null }
  | { step: 'done'; counts: ImportCounts; invalid: number }
  | { step: 'refused'; message: string; retry: (() => void) | null };

const UNREADABLE = 'This file could not be read. Nothing was imported.';

/**
 * What to tell the user: the background's own words (a refusal already says that nothing was
 * imported, so it is shown as it is, once), ours when it could not be reached, and a plain
 * sentence for anything else, whose detail goes to the console rather than to the user.
 */
function failure(error: unknown): string {
  if (error instanceof BackgroundError) return error.message;
  console.warn('Science Clipper: import failed', error);
  return UNREADABLE;
}

export interface Importer {
  state: ImportStep;
  choose(file: File): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * Import of an export file. The background, the only writer, reads the file itself through a
 * blob: address of this page, a piece at a time (a library is larger than a message, or a
 * string, may be): first it checks the file and tells what importing it would do (nothing is
 * written), then, once confirmed, it reads it again and imports it in one transaction. Both report their progress. The state lives in the page, not in the panel, so
 * closing the panel never loses an import.
 */
export function useImporter(): Importer {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const url = useRef<string | null>(null);

  const release = () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(() => release, []);

  /** A failed step; Retry runs it again when the background could not be reached. */
  const refuse = (error: unknown, again: () => void) =>
    setState({ step: 'refused', message: failure(error), retry: error instanceof BackgroundUnavailable && error.retryable ? again : null });

  const choose = async (file: File) => {
    release();
    setState({ step: 'reading', name: file.name, progress: null });
    try {
      url.current = URL.createObjectURL(file);
      const preview: ImportPreview = await runTask({ type: 'preview-import', url: url.current }, (progress) =>
        setState({ step: 'reading', name: file.name, progress }),
      );
      setState({ step: 'preview', name: file.name, counts: preview.counts, invalid: preview.invalid, invalidCount: preview.invalidCount });
    } catch (error) {
      release();
      refuse(error, () => void choose(file));
    }
  };

  const confirm = async () => {
    const source = url.current;
    if (!source || (state.step !== 'preview' && state.step !== 'refused')) return;
    const name = state.step === 'preview' ? state.name : '';
    setState({ step: 'importing', name, progress: null });
    try {
      const { invalid, ...counts } = await runTask({ type: 'import', url: source }, (progress) =>
        setState({ step: 'importing', name, progress }),
      );
      setState({ step: 'done', counts, invalid });
      release();
    } catch (error) {
      // Nothing was imported: Retry reads the file again and imports it.
      refuse(error, () => void confirm());
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
      {state.step === 'reading' && <ProgressLine label={`Checking ${state.name}`} unit="item" progress={state.progress} />}
      {state.step === 'refused' && (
        <div className="error-note" role="alert">
          <span>{state.message}</span>
          {state.retry && (
            <button type="button" className="btn" onClick={state.retry}>
              Retry
            </button>
          )}
        </div>
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
              Import {countOf(state.counts.new + state.counts.updated, 'item')}
            </button>
            <button type="button" className="btn" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'importing' && <ProgressLine label={`Importing ${state.name}`.trim()} unit="item" progress={state.progress} />}
      {state.step === 'done' && (
        <p role="status" className="import-done">
          Imported: {state.counts.new.toLocaleString('en')} new, {state.counts.updated.toLocaleString('en')} updated,{' '}
          {state.counts.unchanged.toLocaleString('en')} unchanged
          {state.invalid > 0 && `, ${countOf(state.invalid, 'invalid item')} skipped`}.
        </p>
      )}
    </section>
  );
}
