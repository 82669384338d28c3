import { useState } from 'react';
import { ErrorNote } from '../ErrorNote';
import { JobsCsvButton } from '../JobsCsvButton';
import { ProgressLine } from '../ProgressLine';
import { useAction } from '../useAction';
import type { TaskProgress } from '../../lib/background/task-protocol';
import { download } from '../../lib/export/download';
import { exportLibraryInWorker } from '../../lib/export/export-in-worker';
import { exportFileName } from '../../lib/export/library-json';
import type { Count } from '../../lib/library/view';
import type { MarkdownScope } from '../../lib/markdown/zip-export';
import { MarkdownZipButton } from './MarkdownZipButton';

export interface ExportButtonsProps {
  /** The user's tags with their counts: one tag's items can be exported as Markdown alone. */
  tags?: readonly Count[];
  /** The tag the list is filtered by, chosen for the Markdown export at first. */
  tag?: string | null;
  itemCount?: number;
}

/** The exports: the whole library (JSON, importable), items as Markdown (.zip), jobs (CSV). */
export function ExportButtons({ tags = [], tag = null, itemCount }: ExportButtonsProps = {}) {
  const { run, error, dismiss, pending, retry } = useAction();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [markdownTag, setMarkdownTag] = useState(tag ?? '');
  const exportJson = () =>
    run(async () => {
      setProgress({ done: 0, total: null });
      try {
        download(await exportLibraryInWorker((done, total) => setProgress({ done, total })), exportFileName('export', 'json'));
      } finally {
        setProgress(null);
      }
    });
  const scope: MarkdownScope = markdownTag ? { kind: 'tag', tag: markdownTag } : { kind: 'all' };
  return (
    <>
      <div className="export-buttons" role="group" aria-label="Export" aria-busy={pending}>
        <button type="button" className="btn" onClick={() => void exportJson()} disabled={pending}>
          Export library (JSON)
        </button>
        <JobsCsvButton run={run} pending={pending} />
        {progress && <ProgressLine label="Exporting the library" unit="item" progress={progress} />}
        <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
      </div>
      <div className="export-buttons markdown-export" role="group" aria-label="Markdown export">
        <select
          className="field"
          aria-label="Items to export as Markdown"
          value={markdownTag}
          onChange={(e) => setMarkdownTag(e.target.value)}
        >
          <option value="">Whole library{itemCount === undefined ? '' : ` (${itemCount.toLocaleString('en')})`}</option>
          {tags.map(({ value, count }) => (
            <option key={value} value={value}>
              Tagged “{value}” ({count.toLocaleString('en')})
            </option>
          ))}
        </select>
        <MarkdownZipButton scope={scope} label="Markdown (.zip)" />
      </div>
    </>
  );
}
