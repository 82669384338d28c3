import { ErrorNote } from '@/components/ErrorNote';
import { useAction } from '@/components/useAction';
import { db } from '@/lib/db';
import { JobsCsvButton } from '@/components/JobsCsvButton';
import { articleItems } from '@/lib/db/by-kind';
import { download } from '@/lib/export/download';
import { exportLibraryInWorker } from '@/lib/export/export-in-worker';
import { exportFileName } from '@/lib/export/library-json';
import { articlesMarkdown } from '@/lib/export/markdown';

/** The three exports: the whole library (JSON, importable), articles and profiles (Markdown), jobs (CSV). */
export function ExportButtons() {
  const { run, error, dismiss, pending } = useAction();
  const exportJson = () => run(async () => download(await exportLibraryInWorker(), exportFileName('export', 'json')));
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
      <ErrorNote message={error} onDismiss={dismiss} />
    </div>
  );
}
