import { useState } from 'react';
import { db } from '@/lib/db';
import type { Item } from '@/lib/db/schema';
import { importChunks } from '@/lib/import/chunks';
import { previewImport, type ImportCounts } from '@/lib/import/merge-import';
import { checkImportSize, ImportRefused, readExport, type InvalidEntry } from '@/lib/import/read-export';
import { BackgroundError, send } from '@/lib/messaging';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; items: Item[]; counts: ImportCounts; invalid: InvalidEntry[] }
  | { step: 'importing'; done: number; total: number }
  | { step: 'done'; counts: ImportCounts; invalid: number }
  | { step: 'refused'; message: string };

const SHOWN_INVALID = 5;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Import of an export file: read and checked in this page (nothing written), a preview of what
 * it would do, then, once confirmed, sent to the background, the only writer, in chunks.
 */
export function ImportPanel() {
  const [state, setState] = useState<Step>({ step: 'idle' });

  const choose = async (file: File) => {
    setState({ step: 'reading', name: file.name });
    try {
      checkImportSize(file.size);
      const read = readExport(await file.text());
      const counts = await previewImport(db, read.items);
      setState({ step: 'preview', name: file.name, items: read.items, counts, invalid: read.invalid });
    } catch (error) {
      setState({ step: 'refused', message: error instanceof ImportRefused ? error.message : `This file could not be read (${String(error)}). Nothing was imported.` });
    }
  };

  const confirm = async (items: Item[], invalid: number) => {
    const chunks = importChunks(items);
    const total: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
    let done = 0;
    setState({ step: 'importing', done, total: items.length });
    try {
      for (const chunk of chunks) {
        const counts = await send({ type: 'import-items', items: chunk });
        total.new += counts.new;
        total.updated += counts.updated;
        total.unchanged += counts.unchanged;
        done += chunk.length;
        setState({ step: 'importing', done, total: items.length });
      }
      setState({ step: 'done', counts: total, invalid });
    } catch (error) {
      const reason = error instanceof BackgroundError ? error.message : String(error);
      setState({
        step: 'refused',
        message: `The import stopped after ${plural(done, 'item')}: ${reason} The items imported so far are kept; importing the same file again finishes the rest.`,
      });
    }
  };

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
              <strong>{state.invalid.length.toLocaleString('en')}</strong> invalid
            </li>
          </ul>
          {state.invalid.length > 0 && (
            <details>
              <summary>Why {state.invalid.length === 1 ? 'one item is' : 'some items are'} invalid (they will be skipped)</summary>
              <ul>
                {state.invalid.slice(0, SHOWN_INVALID).map((entry) => (
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
              onClick={() => void confirm(state.items, state.invalid.length)}
            >
              Import {plural(state.counts.new + state.counts.updated, 'item')}
            </button>
            <button type="button" className="btn" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'importing' && (
        <p role="status">
          Importing… <progress max={state.total} value={state.done} /> {state.done.toLocaleString('en')} / {state.total.toLocaleString('en')}
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
