import { memo, useEffect, useState, type CSSProperties } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { ExternalLink } from '../../components/ExternalLink';
import { KindBadge } from '../../components/KindBadge';
import { MarkdownActions } from '../../components/MarkdownActions';
import { StatusControl } from '../../components/StatusControl';
import { useAction } from '../../components/useAction';
import { db } from '../../lib/db';
import type { JobStatus } from '../../lib/db/schema';
import type { Count } from '../../lib/library/view';
import { callBackground } from '../../lib/messaging';
import type { LibraryCard } from '../../lib/db/read-model/card';
import { bylineOf, shortDate } from '../../lib/ui/format';
import { Highlighted } from './Highlighted';
import { TagInput } from './TagInput';
import { readerPath } from '../../lib/reader/links';

export interface LibraryRowProps {
  card: LibraryCard;
  words: readonly string[];
  /** Set when the search found this item only in its body text. */
  bodyOnly: boolean;
  selected: boolean;
  onSelect(id: string, selected: boolean): void;
  knownTags: readonly Count[];
  onFilterTag(tag: string): void;
  style: CSSProperties;
  index: number;
  /** How many rows the list has: a feed's articles carry their position and the total. */
  setSize: number;
}

/** One item of the library list; writes go through the background. */
export const LibraryRow = memo(function LibraryRow({
  card,
  words,
  bodyOnly,
  selected,
  onSelect,
  knownTags,
  onFilterTag,
  style,
  index,
  setSize,
}: LibraryRowProps) {
  const [pendingTags, setPendingTags] = useState<readonly string[] | null>(null);
  const { run, error, dismiss, pending, retry } = useAction();
  const stored = card.tags.join('\n');
  // Whatever the database says next is the truth, whether it took our edit or not.
  useEffect(() => setPendingTags(null), [stored]);
  const tags = pendingTags ?? card.tags;

  const setTags = async (next: readonly string[]) => {
    setPendingTags(next);
    if (!(await run(() => callBackground({ type: 'set-tags', itemId: card.id, tags: [...next] })))) setPendingTags(null);
  };
  const setStatus = (status: JobStatus) => run(() => callBackground({ type: 'set-status', itemId: card.id, status }));
  const details = [bylineOf(card), card.researchAreas.join(' · ')].filter(Boolean);

  return (
    <article
      className={selected ? 'lib-row selected' : 'lib-row'}
      style={style}
      aria-label={card.title}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
    >
      <input
        type="checkbox"
        className="lib-select"
        checked={selected}
        aria-label={`Select ${card.title}`}
        onChange={(e) => onSelect(card.id, e.target.checked)}
      />
      <div className="lib-main">
        <div className="lib-title-line">
          <KindBadge kind={card.kind} />
          <a className="lib-title" href={readerPath(card.id)} target="_blank" rel="noopener" title="Open in the reader">
            <Highlighted text={card.title} words={words} />
          </a>
        </div>
        <p className="lib-details muted">
          {details.map((text, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <Highlighted text={text} words={words} />
            </span>
          ))}
          {bodyOnly && <span className="lib-body-hit"> · found in the text</span>}
        </p>
        <div className="lib-tags">
          <ul className="tags" aria-label={`Tags of ${card.title}`}>
            {tags.map((tag) => (
              <li key={tag} className="tag">
                <button type="button" className="tag-label" title={`Show items tagged ${tag}`} onClick={() => onFilterTag(tag)}>
                  <Highlighted text={tag} words={words} />
                </button>
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() => setTags(tags.filter((t) => t !== tag))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <TagInput
            present={tags}
            known={knownTags}
            label={`Add a tag to ${card.title}`}
            onAdd={(tag) => setTags([...tags, tag])}
            onRemoveLast={tags.length > 0 ? () => setTags(tags.slice(0, -1)) : undefined}
          />
        </div>
        <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
      </div>
      <div className="lib-side">
        <span className="muted lib-dates">
          Saved {shortDate(card.savedAt)}
          {card.published && (
            <>
              <br />
              {card.kind === 'job' ? 'Posted' : 'Published'} {shortDate(card.published)}
            </>
          )}
        </span>
        {card.status && (
          <StatusControl
            status={card.status}
            since={card.statusAt ?? card.savedAt}
            onChange={setStatus}
            label={card.title}
            pending={pending}
          />
        )}
        <span className="lib-links">
          <MarkdownActions load={() => db.items.get(card.id)} title={card.title} className="btn btn-link" />
          <ExternalLink className="lib-original" href={card.url}>
            Original ↗
          </ExternalLink>
        </span>
      </div>
    </article>
  );
});
