import { ErrorNote } from '../../components/ErrorNote';
import { KindBadge } from '../../components/KindBadge';
import { useAction } from '../../components/useAction';
import type { DuplicateGroup } from '../../lib/library/duplicates';
import { callBackground } from '../../lib/messaging';
import type { LibraryCard } from '../../lib/db/read-model/card';
import { shortDate } from '../../lib/ui/format';
import { readerPath } from '../../lib/reader/links';

export interface DuplicatesProps {
  groups: readonly DuplicateGroup[];
  cards: ReadonlyMap<string, LibraryCard>;
  /** The groups are being worked out again after a change. */
  pending: boolean;
}

/** Likely duplicates, group by group, each with a merge that keeps every tag, note and status. */
export function Duplicates({ groups, cards, pending: looking }: DuplicatesProps) {
  const { run, error, dismiss, pending, retry } = useAction();
  if (groups.length === 0) return <p className="muted">{looking ? 'Looking for likely duplicates…' : 'No likely duplicates.'}</p>;
  return (
    <>
      <p className="muted">
        The same title by the same person at two addresses, or a job posted again under a new id. Merging keeps the first one listed and
        adds every tag, note and status change of the others to it.
      </p>
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
      <ul className="duplicate-groups">
        {groups.map((group) => {
          const members = group.ids.map((id) => cards.get(id)).filter((card): card is LibraryCard => card !== undefined);
          return (
            <li key={group.key} className="duplicate-group">
              <ul>
                {members.map((card, i) => (
                  <li key={card.id}>
                    <KindBadge kind={card.kind} />{' '}
                    <a href={readerPath(card.id)} target="_blank" rel="noopener">
                      {card.title}
                    </a>{' '}
                    <span className="muted">
                      {card.jobId ? `Job ${card.jobId}` : new URL(card.url).pathname} · saved {shortDate(card.savedAt)}
                      {card.tags.length > 0 && ` · ${card.tags.join(', ')}`}
                      {i === 0 && ' · kept'}
                    </span>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="btn btn-primary"
                disabled={pending}
                aria-label={`Merge ${members.length} copies of ${members[0]?.title ?? ''}`}
                onClick={() => void run(() => callBackground({ type: 'merge-duplicates', itemIds: group.ids }))}
              >
                Merge
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
