import { useEffect, useState } from 'react';
import type { Item } from '../lib/db/schema';
import { download } from '../lib/export/download';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';

/** How long "Copied" / "Downloaded" stays after the click. */
const CONFIRMATION_MS = 2000;

export interface MarkdownActionsProps {
  /** Reads the item when a button is pressed, so a row need not hold the whole item. */
  load(): Promise<Item | undefined>;
  /** Names the item for screen readers, after the visible words: "Copy as Markdown: Title". */
  title?: string;
  className?: string;
}

/** "Copy as Markdown" and "Download .md" for one item, each confirming briefly what it did. */
export function MarkdownActions({ load, title, className = 'btn' }: MarkdownActionsProps) {
  const { run, error, dismiss, pending } = useAction();
  const [done, setDone] = useState<'Copied' | 'Downloaded' | null>(null);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => setDone(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [done]);

  const file = async () => {
    // The converter (an HTML parser and a Markdown writer, about 300 kB) is loaded on first use,
    // so the library and the reader open no slower for it.
    const [item, { markdownFile }] = await Promise.all([load(), import('../lib/export/markdown')]);
    if (!item) throw new Error('this item is no longer in the library');
    return markdownFile(item);
  };
  const copy = () =>
    run(async () => {
      await navigator.clipboard.writeText((await file()).text);
      setDone('Copied');
    });
  const save = () =>
    run(async () => {
      const { name, text, type } = await file();
      download(new Blob([text], { type }), name);
      setDone('Downloaded');
    });
  const about = title ? `: ${title}` : '';

  return (
    <span className="markdown-actions">
      <button type="button" className={className} onClick={() => void copy()} disabled={pending} aria-label={`Copy as Markdown${about}`}>
        Copy as Markdown
      </button>
      <button type="button" className={className} onClick={() => void save()} disabled={pending} aria-label={`Download .md${about}`}>
        Download .md
      </button>
      <span className="markdown-done" role="status">
        {done}
      </span>
      <ErrorNote message={error} onDismiss={dismiss} />
    </span>
  );
}
