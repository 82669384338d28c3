import { useRef, useState, type KeyboardEvent } from 'react';
import { withTag, withoutTag } from '../lib/ui/tags';

export interface TagEditorProps {
  tags: readonly string[];
  /** The whole new tag list after an add or a remove. */
  onChange(tags: readonly string[]): void;
  /** Makes each tag a button, e.g. to filter by it. */
  onSelect?(tag: string): void;
  /** The tag shown as selected (the current filter). */
  activeTag?: string | null;
  /** What the tags belong to, read out with the controls: "Add a tag to <label>". */
  label: string;
}

/** The user's tags of one item: chips with a remove button, and a field where Enter adds a tag. */
export function TagEditor({ tags, onChange, onSelect, activeTag = null, label }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && draft) {
      event.stopPropagation();
      setDraft('');
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = withTag(tags, draft);
    setDraft('');
    if (next !== tags) onChange(next);
  };

  const remove = (tag: string) => {
    onChange(withoutTag(tags, tag));
    // The removed chip held the focus; keep the keyboard user inside the editor.
    input.current?.focus();
  };

  return (
    <ul className="tags" aria-label={`Tags of ${label}`}>
      {tags.map((tag) => (
        <li key={tag} className={tag === activeTag ? 'tag tag-active' : 'tag'}>
          {onSelect ? (
            <button
              type="button"
              className="tag-label"
              aria-pressed={tag === activeTag}
              title={`Show items tagged ${tag}`}
              onClick={() => onSelect(tag)}
            >
              {tag}
            </button>
          ) : (
            <span className="tag-label">{tag}</span>
          )}
          <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => remove(tag)}>
            ×
          </button>
        </li>
      ))}
      <li>
        <input
          ref={input}
          className="tag-input"
          type="text"
          value={draft}
          placeholder="+ tag"
          aria-label={`Add a tag to ${label}`}
          maxLength={200}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </li>
    </ul>
  );
}
