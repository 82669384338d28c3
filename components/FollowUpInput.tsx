import { useEffect, useId, useRef, useState } from 'react';

/** Empty (no follow-up) or a date whose year has been typed in full. */
function isComplete(draft: string): boolean {
  return draft === '' || draft.slice(0, 4) >= '1900';
}

export interface FollowUpInputProps {
  /** `YYYY-MM-DD` or null */
  value: string | null;
  onSave(value: string | null): void;
  due?: boolean;
}

/**
 * A follow-up date field. While the year is being typed the browser reports dates such as
 * 0002-11-12; those stay in the field and are not stored, and a stored value never overwrites
 * the field while it has focus.
 */
export function FollowUpInput({ value, onSave, due }: FollowUpInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const focused = useRef(false);
  const id = useId();

  useEffect(() => {
    if (!focused.current) setDraft(value ?? '');
  }, [value]);

  const change = (next: string) => {
    setDraft(next);
    if (isComplete(next) && next !== (value ?? '')) onSave(next || null);
  };

  return (
    <div className={due ? 'follow-up follow-up-due' : 'follow-up'}>
      <label htmlFor={id}>Follow up on</label>
      <input
        id={id}
        className="field"
        type="date"
        value={draft}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          if (!isComplete(draft)) setDraft(value ?? '');
        }}
        onChange={(e) => change(e.target.value)}
      />
      {due && <span className="follow-up-flag">Due</span>}
    </div>
  );
}
