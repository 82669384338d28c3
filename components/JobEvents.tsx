import { useEffect, useId, useRef, useState } from 'react';
import type { JobItem } from '../lib/db/schema';
import { eventsOf, JOB_EVENT_KINDS, JOB_EVENT_LABELS, nextEvent, type JobEvent, type JobEventKind } from '../lib/job-events';
import { callBackground } from '../lib/messaging';
import { eventTimeLabel, fromDateTimeLocal, toDateTimeLocal } from '../lib/ui/event-time';
import { ErrorNote } from './ErrorNote';
import { useAction } from './useAction';
import './job-events.css';

export interface JobEventsProps {
  job: JobItem;
  /** The time the card was drawn at: what counts as past and as next. */
  now: number;
}

interface Draft {
  /** The event being edited; a new one gets its id when saved. */
  id: string | null;
  kind: JobEventKind;
  when: string;
  notes: string;
}

function draftOf(event: JobEvent): Draft {
  return { id: event.id, kind: event.kind, when: toDateTimeLocal(event.at), notes: event.notes };
}

function EventForm({ draft, onSave, onCancel, pending }: { draft: Draft; onSave(draft: Draft): void; onCancel(): void; pending: boolean }) {
  const [value, setValue] = useState(draft);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const kindRef = useRef<HTMLSelectElement>(null);
  useEffect(() => kindRef.current?.focus(), []);
  return (
    <form
      className="job-event-form"
      aria-label={draft.id ? 'Edit event' : 'New event'}
      onSubmit={(e) => {
        e.preventDefault();
        if (fromDateTimeLocal(value.when) === null) setInvalid(true);
        else onSave(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-kind`}>What</label>
      <select
        ref={kindRef}
        id={`${id}-kind`}
        className="field"
        value={value.kind}
        onChange={(e) => setValue({ ...value, kind: e.target.value as JobEventKind })}
      >
        {JOB_EVENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {JOB_EVENT_LABELS[kind]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-when`}>When</label>
      <input
        id={`${id}-when`}
        className="field"
        type="datetime-local"
        value={value.when}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-when-error` : undefined}
        onChange={(e) => {
          setValue({ ...value, when: e.target.value });
          setInvalid(false);
        }}
      />
      {invalid && (
        <span id={`${id}-when-error`} className="job-event-error">
          Choose a day and a time.
        </span>
      )}
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        className="field"
        rows={2}
        value={value.notes}
        placeholder="Who, where, what to prepare…"
        onChange={(e) => setValue({ ...value, notes: e.target.value })}
      />
      <div className="job-event-actions">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Save event
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * A job's interview rounds and other dated events: the next one always in sight, and the list
 * with an editor behind a disclosure. Every change is written by the background.
 */
export function JobEvents({ job, now }: JobEventsProps) {
  const { run, error, dismiss, pending } = useAction();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [open, setOpen] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const events = eventsOf(job);
  const next = nextEvent(job, now);

  const close = () => {
    setDraft(null);
    // The form is gone: focus goes back where a keyboard user started.
    requestAnimationFrame(() => addRef.current?.focus());
  };
  const save = async (value: Draft) => {
    const at = fromDateTimeLocal(value.when)!;
    const event: JobEvent = { id: value.id ?? crypto.randomUUID(), kind: value.kind, at, notes: value.notes };
    if (await run(() => callBackground({ type: 'save-job-event', itemId: job.id, event }))) close();
  };
  const remove = (event: JobEvent) =>
    void run(() => callBackground({ type: 'delete-job-event', itemId: job.id, eventId: event.id })).then((ok) => ok && close());

  return (
    <div className="job-events">
      {next && (
        <p className="job-next-event">
          <span className="job-next-event-label">Next</span> {JOB_EVENT_LABELS[next.kind]} · {eventTimeLabel(next.at, now)}
        </p>
      )}
      <details open={open || draft !== null} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Interview rounds{events.length > 0 && <span className="count">{events.length}</span>}</summary>
        {events.length > 0 && (
          <ul className="job-event-list">
            {events.map((event) => (
              <li key={event.id} className={event.at < now ? 'job-event job-event-past' : 'job-event'}>
                <span className="job-event-what">
                  {JOB_EVENT_LABELS[event.kind]} · {eventTimeLabel(event.at, now)}
                </span>
                {event.notes && <span className="job-event-notes">{event.notes}</span>}
                <span className="job-event-buttons">
                  <button
                    type="button"
                    className="btn-link"
                    aria-label={`Edit ${JOB_EVENT_LABELS[event.kind]}, ${eventTimeLabel(event.at, now)}`}
                    onClick={() => setDraft(draftOf(event))}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="btn-link"
                    aria-label={`Remove ${JOB_EVENT_LABELS[event.kind]}, ${eventTimeLabel(event.at, now)}`}
                    onClick={() => remove(event)}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {draft ? (
          <EventForm key={draft.id ?? 'new'} draft={draft} onSave={(value) => void save(value)} onCancel={close} pending={pending} />
        ) : (
          <button
            ref={addRef}
            type="button"
            className="btn"
            onClick={() => setDraft({ id: null, kind: 'phone-screen', when: '', notes: '' })}
          >
            Add event
          </button>
        )}
        <ErrorNote message={error} onDismiss={dismiss} />
      </details>
    </div>
  );
}
