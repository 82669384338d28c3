import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { ProgressLine } from '@/components/ProgressLine';
import { useAction } from '@/components/useAction';
import { db } from '@/lib/db';
import { JobsCsvButton } from '@/components/JobsCsvButton';
import type { TaskProgress } from '@/lib/background/task-protocol';
import { articleItems } from '@/lib/db/by-kind';
import { download } from '@/lib/export/download';
import { exportLibraryInWorker } from '@/lib/export/export-in-worker';
import { exportFileName } from '@/lib/export/library-json';
import { articlesMarkdown } from '@/lib/export/markdown';

/** The three exports: the whole library (JSON, importable), articles and profiles (Markdown), jobs (CSV). */
export function ExportButtons() {
  const { run, error, dismiss, pending, retry } = useAction();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const exportJson = () =>
    run(async () => {
      setProgress({ done: 0, total: null });
      try {
        download(await exportLibraryInWorker((done, total) => setProgress({ done, total })), exportFileName('export', 'json'));
      } finally {
        setProgress(null);
      }
    });
  const exportMarkdown = () =>
    run(async () => {
      const articles = await articleItems(db).sortBy('savedAt');
      download(new Blob([articlesMarkdown(articles)], { type: 'text/markdown' }), exportFileName('articles', 'md'));
    });
  return (
    <div className="export-buttons" role="group" aria-label="Export" aria-busy={pending}>
      <button type="button" className="btn" onClick={() => void exportJson()} disabled={pending}>
        Export library (JSON)
      </button>
      <button type="button" className="btn" onClick={() => void exportMarkdown()} disabled={pending}>
        Articles as Markdown
      </button>
      <JobsCsvButton run={run} pending={pending} />
      {progress && <ProgressLine label="Exporting the library" unit="item" progress={progress} />}
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </div>
  );
}
