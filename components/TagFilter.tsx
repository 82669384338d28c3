import type { TagCount } from '../lib/ui/tags';

export interface TagFilterProps {
  tags: readonly TagCount[];
  /** The tag the list is filtered by, or null for every item. */
  value: string | null;
  onChange(tag: string | null): void;
}

/** A tag picker with counts, and a button to show everything again while a filter is on. */
export function TagFilter({ tags, value, onChange }: TagFilterProps) {
  // The chosen tag stays selectable even when its last item lost it, so the select never lies.
  const options = value === null || tags.some((t) => t.tag === value) ? tags : [{ tag: value, count: 0 }, ...tags];
  return (
    <div className="tag-filter">
      <label>
        <span className="visually-hidden">Filter by tag</span>
        <select
          className="field"
          value={value ?? ''}
          disabled={options.length === 0}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{options.length === 0 ? 'No tags yet' : 'All tags'}</option>
          {options.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tag} ({count})
            </option>
          ))}
        </select>
      </label>
      {value !== null && (
        <button type="button" className="btn btn-link" onClick={() => onChange(null)}>
          Clear filter
        </button>
      )}
    </div>
  );
}
