import { useState } from 'react';
import { db } from '../../lib/db';
import { callBackground } from '../../lib/messaging';
import { reextractSummary } from '../../lib/reader/reextract-summary';
import { domParse, reextractLibrary, type ReextractReport } from '../../lib/reextract';
import { errorMessage } from '../useAction';
import { ErrorNote } from '../ErrorNote';

/**
 * "Re-extract library": reads every saved article and profile again from the page it was saved
 * from, with the current extractor. For an extension page (it needs DOMParser).
 */
export function ReextractButton() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<ReextractReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setReport(null);
    setError(null);
    setProgress({ done: 0, total: 0 });
    try {
      setReport(await reextractLibrary({ db, send: callBackground, parse: domParse }, (done, total) => setProgress({ done, total })));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="reextract" aria-label="Re-extract library">
      <button type="button" className="btn" onClick={run} disabled={progress !== null}>
        {progress ? `Re-extracting ${progress.done} of ${progress.total || '…'}` : 'Re-extract library'}
      </button>
      <p className="muted">Reads every saved article and profile again from its saved page. Tags and notes stay as they are.</p>
      <p role="status">{report && reextractSummary(report)}</p>
      {report && report.failures.length > 0 && (
        <ul>
          {report.failures.map((failure) => (
            <li key={failure.itemId}>
              {failure.title}: {failure.error}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
