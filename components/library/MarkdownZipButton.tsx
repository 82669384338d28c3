import { useState } from 'react';
import { ErrorNote } from '../ErrorNote';
import { useAction } from '../useAction';
import { download } from '../../lib/export/download';
import { exportMarkdownInWorker, type ExportProgress } from '../../lib/export/export-in-worker';
import { markdownZipName } from '../../lib/markdown/file-names';
import type { MarkdownScope } from '../../lib/markdown/zip-export';

export interface MarkdownZipButtonProps {
  scope: MarkdownScope;
  label: string;
  className?: string;
}

function count(n: number): string {
  return n.toLocaleString('en');
}

/** Downloads the items of `scope` as a .zip of Markdown files, counting them off as they are written. */
export function MarkdownZipButton({ scope, label, className = 'btn' }: MarkdownZipButtonProps) {
  const { run, error, dismiss, pending, retry } = useAction();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [finished, setFinished] = useState<number | null>(null);

  const start = () =>
    run(async () => {
      setFinished(null);
      setProgress(null);
      const now = Date.now();
      let written = 0;
      const blob = await exportMarkdownInWorker(
        scope,
        (next) => {
          written = next.total;
          setProgress(next);
        },
        now,
      );
      download(blob, markdownZipName(now, scope.kind === 'tag' ? scope.tag : undefined));
      setFinished(written);
    }).finally(() => setProgress(null));

  const status = pending
    ? progress
      ? `Writing ${count(progress.done)} of ${count(progress.total)} items…`
      : 'Reading the library…'
    : finished !== null
      ? `Downloaded ${count(finished)} ${finished === 1 ? 'item' : 'items'} as Markdown.`
      : '';

  return (
    <>
      <button type="button" className={className} onClick={() => void start()} disabled={pending} aria-busy={pending}>
        {label}
      </button>
      <span className="markdown-zip-status muted" role="status">
        {status}
      </span>
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </>
  );
}
