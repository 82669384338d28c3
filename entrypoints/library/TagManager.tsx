import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { useAction } from '../../components/useAction';
import type { Count } from '../../lib/library/view';
import { callBackground } from '../../lib/messaging';

export interface TagManagerProps {
  tags: readonly Count[];
  onFilterTag(tag: string): void;
}

/** Every tag of the library with its count: rename one everywhere, or merge it into another. */
export function TagManager({ tags, onFilterTag }: TagManagerProps) {
  const { run, error, dismiss, pending, retry } = useAction();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [merging, setMerging] = useState<Record<string, string>>({});

  const rename = async (from: string) => {
    if (await run(() => callBackground({ type: 'rename-tag', from, to: draft }))) setRenaming(null);
  };
  const merge = async (from: string) => {
    const into = merging[from];
    if (into && (await run(() => callBackground({ type: 'merge-tags', from: [from], into })))) setMerging(({ [from]: _, ...rest }) => rest);
  };

  if (tags.length === 0) return <p className="muted">No tags yet. Add one to an item with its “+ tag” field.</p>;
  return (
    <>
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
      <ul className="tag-manager" aria-busy={pending}>
        {tags.map(({ value, count }) => (
          <li key={value}>
            {renaming === value ? (
              <form
                className="tag-manager-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  void rename(value);
                }}
              >
                <input
                  className="field"
                  aria-label={`New name for ${value}`}
                  value={draft}
                  autoFocus
                  maxLength={200}
                  onChange={(e) => setDraft(e.target.value)}
                />
                <button className="btn btn-primary" type="submit" disabled={pending}>
                  Rename
                </button>
                <button className="btn" type="button" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <div className="tag-manager-row">
                <button
                  type="button"
                  className="btn-link tag-manager-name"
                  title={`Show items tagged ${value}`}
                  onClick={() => onFilterTag(value)}
                >
                  {value}
                </button>
                <span className="muted">{count}</span>
                <button
                  type="button"
                  className="btn"
                  aria-label={`Rename tag ${value}`}
                  onClick={() => {
                    setRenaming(value);
                    setDraft(value);
                  }}
                >
                  Rename
                </button>
                <select
                  className="field"
                  aria-label={`Merge ${value} into`}
                  value={merging[value] ?? ''}
                  onChange={(e) => setMerging((m) => ({ ...m, [value]: e.target.value }))}
                >
                  <option value="">Merge into…</option>
                  {tags
                    .filter((t) => t.value !== value)
                    .map((t) => (
                      <option key={t.value} value={t.value}>
                        {t.value}
                      </option>
                    ))}
                </select>
                {merging[value] && (
                  <button type="button" className="btn btn-primary" disabled={pending} onClick={() => void merge(value)}>
                    Merge
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
