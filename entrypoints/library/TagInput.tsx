import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeTag } from '../../lib/ui/tags';
import type { Count } from '../../lib/library/view';

export interface TagInputProps {
  /** Tags already on the item(s): never suggested. */
  present: readonly string[];
  /** Every tag of the library with its use count: the suggestions. */
  known: readonly Count[];
  onAdd(tag: string): void;
  /** Backspace in the empty field removes the last tag, when given. */
  onRemoveLast?(): void;
  label: string;
  placeholder?: string;
}

const MAX_SUGGESTIONS = 8;

/**
 * A field that adds a tag with Enter, suggesting the library's tags as you type. A suggestion is
 * only taken when the user picks it (arrow keys then Enter, or a click): Enter always adds what
 * was typed otherwise, even when exactly one suggestion is shown.
 */
export function TagInput({ present, known, onAdd, onRemoveLast, label, placeholder = '+ tag' }: TagInputProps) {
  const [draft, setDraft] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  const suggestions = useMemo(() => {
    const typed = normalizeTag(draft);
    if (!typed) return [];
    return known
      .filter(({ value }) => value.includes(typed) && value !== typed && !present.includes(value))
      .sort((a, b) => Number(b.value.startsWith(typed)) - Number(a.value.startsWith(typed)) || b.count - a.count)
      .slice(0, MAX_SUGGESTIONS);
  }, [draft, known, present]);
  const shown = open && suggestions.length > 0;

  const commit = (raw: string) => {
    const tag = normalizeTag(raw);
    setDraft('');
    setActive(-1);
    if (tag && !present.includes(tag)) onAdd(tag);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const slots = suggestions.length + 1;
      // Cycles through "none picked" (-1) and each suggestion.
      setActive((i) => ((i + 1 + step + slots) % slots) - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit(shown && active >= 0 && active < suggestions.length ? suggestions[active]!.value : draft);
    } else if (event.key === 'Escape') {
      if (draft || shown) event.stopPropagation();
      setOpen(false);
      setActive(-1);
      if (!shown) setDraft('');
    } else if (event.key === 'Backspace' && draft === '' && onRemoveLast) {
      event.preventDefault();
      onRemoveLast();
    }
  };

  return (
    <div className="tag-combo">
      <input
        ref={input}
        className="tag-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        value={draft}
        placeholder={placeholder}
        maxLength={200}
        onChange={(e) => {
          setDraft(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && (
        <ul className="popover-list tag-suggestions" role="listbox" id={listId} aria-label={`Tags matching ${draft}`}>
          {suggestions.map(({ value, count }, i) => (
            <li
              key={value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'tag-suggestion active' : 'tag-suggestion'}
              // Keeps the focus in the field, so the click lands before the list closes on blur.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                commit(value);
                input.current?.focus();
              }}
            >
              {value} <span className="muted">({count})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
