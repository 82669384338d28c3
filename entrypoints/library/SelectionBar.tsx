import { ErrorNote } from '../../components/ErrorNote';
import { useAction } from '../../components/useAction';
import { countValues, type Count } from '../../lib/library/view';
import { callBackground } from '../../lib/messaging';
import type { LibraryCard } from '../../lib/db/read-model/card';
import { MarkdownZipButton } from '../../components/library/MarkdownZipButton';
import { TagInput } from './TagInput';

export interface SelectionBarProps {
  selected: ReadonlySet<string>;
  cards: ReadonlyMap<string, LibraryCard>;
  knownTags: readonly Count[];
  shownCount: number;
  onSelectAll(): void;
  onClear(): void;
}

/** What can be done to the selected items at once: add a tag, remove a tag, export them as Markdown. */
export function SelectionBar({ selected, cards, knownTags, shownCount, onSelectAll, onClear }: SelectionBarProps) {
  const { run, error, dismiss, pending, retry } = useAction();
  const itemIds = [...selected];
  const selectedTags = countValues(
    itemIds.map((id) => cards.get(id)).filter((c): c is LibraryCard => c !== undefined),
    (c) => c.tags,
  );
  const bulk = (add: string[], remove: string[]) => run(() => callBackground({ type: 'bulk-tag', itemIds, add, remove }));
  return (
    <div className="selection-bar" role="region" aria-label="Selected items" aria-busy={pending}>
      <strong>{selected.size.toLocaleString('en')} selected</strong>
      <TagInput
        present={[]}
        known={knownTags}
        label="Add a tag to the selected items"
        placeholder="+ tag to all"
        onAdd={(tag) => void bulk([tag], [])}
      />
      <select
        className="field"
        aria-label="Remove a tag from the selected items"
        value=""
        disabled={selectedTags.length === 0}
        onChange={(e) => e.target.value && void bulk([], [e.target.value])}
      >
        <option value="">Remove tag…</option>
        {selectedTags.map(({ value, count }) => (
          <option key={value} value={value}>
            {value} ({count})
          </option>
        ))}
      </select>
      <MarkdownZipButton scope={{ kind: 'items', ids: itemIds }} label="Export as Markdown (.zip)" />
      {selected.size < shownCount && (
        <button type="button" className="btn btn-link" onClick={onSelectAll}>
          Select all {shownCount.toLocaleString('en')} shown
        </button>
      )}
      <button type="button" className="btn btn-link" onClick={onClear}>
        Clear selection
      </button>
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </div>
  );
}
