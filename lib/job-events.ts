import { z } from 'zod';
import { epochMs } from './clip-schema';

// Dated events of one job application (interview rounds, offer calls), kept on the job item beside
// its status history. Kept apart from lib/db/schema.ts, like ./job-status.ts, so that the message
// and import schemas can name them without importing Dexie.

export const JOB_EVENT_KINDS = ['phone-screen', 'onsite', 'offer-call', 'other'] as const;
export type JobEventKind = (typeof JOB_EVENT_KINDS)[number];

export const JOB_EVENT_LABELS: Record<JobEventKind, string> = {
  'phone-screen': 'Phone screen',
  onsite: 'Loop / onsite',
  'offer-call': 'Offer call',
  other: 'Other',
};

/** A job holds at most this many events: far more rounds than any hiring process has. */
export const MAX_JOB_EVENTS = 200;

export const jobEventSchema = z.object({
  /** Stable for the event's life: the calendar export derives its UID from it. */
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  kind: z.enum(JOB_EVENT_KINDS),
  /** When it starts, epoch ms (an instant: shown and exported in the user's time zone). */
  at: epochMs,
  notes: z.string().max(10_000),
});
export type JobEvent = z.infer<typeof jobEventSchema>;

export const jobEventsSchema = z.array(jobEventSchema).max(MAX_JOB_EVENTS);

/** The events of a job, soonest first; a job saved before events existed has none. */
export function eventsOf(job: { events?: readonly JobEvent[] }): JobEvent[] {
  return [...(job.events ?? [])].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/** The first event that has not started by `now`, or null. */
export function nextEvent(job: { events?: readonly JobEvent[] }, now: number): JobEvent | null {
  return eventsOf(job).find((event) => event.at >= now) ?? null;
}
