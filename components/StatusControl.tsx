import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { JOB_STATUSES, type JobStatus } from '../lib/db/schema';
import { statusLabel, statusSummary } from '../lib/ui/format';

export interface StatusControlProps {
  status: JobStatus;
  /** When the job entered `status` (epoch ms), shown as "Applied · 12 Nov". */
  since: number;
  onChange(status: JobStatus): void;
  /** The job's title, read out with the button: "Status of <label>". */
  label: string;
  pending?: boolean;
  /** Focus the button whenever this turns true, e.g. once the job has moved to another group. */
  autoFocus?: boolean;
  now?: number;
}

/**
 * The application status of a job and a menu to change it: one click opens the six statuses,
 * a second picks one. Arrow keys, Home/End and Escape work as in any menu.
 */
export function StatusControl({ status, since, onChange, label, pending, autoFocus, now }: StatusControlProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const options = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];

  useEffect(() => {
    if (autoFocus) button.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!open) return;
    options()
      .find((o) => o.getAttribute('aria-checked') === 'true')
      ?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = (next: JobStatus) => {
    close();
    if (next !== status) onChange(next);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = options();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key in move) {
      event.preventDefault();
      const target = (move[event.key]! + items.length) % items.length;
      items[target]?.focus();
    }
  };

  // Tabbing away from an open menu closes it, as clicking elsewhere does.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div ref={root} className="status" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className={`status-button status-${status}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={pending || undefined}
        onClick={() => setOpen(!open)}
      >
        <span className="status-dot" aria-hidden="true" />
        <span className="visually-hidden">Status of {label}: </span>
        {statusSummary(status, since, now)}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="popover-list" role="menu" aria-label="Change status" onKeyDown={onMenuKeyDown}>
          {JOB_STATUSES.map((s) => (
            <li key={s} role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked={s === status}
                tabIndex={-1}
                className={`status-option status-${s}`}
                onClick={() => choose(s)}
              >
                <span className="status-dot" aria-hidden="true" />
                {statusLabel(s)}
                {s === status && (
                  <span className="status-check" aria-hidden="true">
                    ✓
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
