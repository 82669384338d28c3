import { useEffect, useId, useRef, useState } from 'react';

export interface NotesEditorProps {
  value: string;
  /** Stores the text; resolves to whether it was stored. */
  onSave(value: string): Promise<boolean>;
  label?: string;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Free-text notes saved when the field loses focus (or on Ctrl/⌘+Enter), so an edit is not lost by
 * clicking elsewhere. What the user is typing is never replaced by a newer stored value.
 */
export function NotesEditor({ value, onSave, label = 'Notes' }: NotesEditorProps) {
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<SaveState>('idle');
  // Refs, not state: only a new stored value may replace the draft, not the end of an edit.
  const editing = useRef(false);
  const unsaved = useRef(false);
  const id = useId();

  useEffect(() => {
    if (!editing.current && !unsaved.current) setDraft(value);
  }, [value]);

  const save = async () => {
    if (draft === value) {
      unsaved.current = false;
      return;
    }
    setState('saving');
    const ok = await onSave(draft);
    unsaved.current = !ok;
    setState(ok ? 'saved' : 'failed');
  };

  return (
    <div className="notes">
      <label htmlFor={id} className="notes-label">
        {label}
      </label>
      <textarea
        id={id}
        className="field notes-field"
        value={draft}
        rows={3}
        placeholder="Contacts, interview dates, what to prepare…"
        aria-describedby={`${id}-state`}
        onFocus={() => {
          editing.current = true;
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          unsaved.current = true;
          setState('idle');
        }}
        onBlur={() => {
          editing.current = false;
          void save();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <span id={`${id}-state`} className="notes-state muted" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
      </span>
    </div>
  );
}
