import { z } from 'zod';
import { articleClipSchema, jobSchema, savableClipSchema } from './clip-schema';
import { jobEventSchema } from './job-events';
import { JOB_STATUSES } from './job-status';
import { MAX_PAGE_JOB_IDS, MAX_SNAPSHOT_CHARS } from './message-limits';

// One schema per message. The background parses every incoming message with `requestSchema`;
// one that does not validate gets `{ ok: false, error }` and writes nothing.

const pageUrl = z.string().max(8_000);
const tag = z.string().max(200);

export const requestSchema = z.discriminatedUnion('type', [
  /** Content script → background: save what the page is (article, profile or one job posting). */
  z.object({ type: z.literal('save-clip'), clip: savableClipSchema, pageUrl, html: z.string().max(MAX_SNAPSHOT_CHARS).optional() }),
  /** Content script → background: save one job card seen on an amazon.science page. */
  z.object({ type: z.literal('save-job'), job: jobSchema, pageUrl }),
  /** Content script → background: "Save all" on a job list or a job-card block; jobs already saved are skipped. */
  z.object({ type: z.literal('save-jobs'), jobs: z.array(jobSchema).min(1).max(MAX_PAGE_JOB_IDS), pageUrl }),
  /** Content script → background: what this page is, so the badge and widget can say whether it is saved. */
  z.object({
    type: z.literal('page-state'),
    pageUrl,
    kind: z.enum(['article', 'profile', 'job', 'job-list']).nullable(),
    jobId: z.string().nullable(),
    jobIds: z.array(z.string()).max(MAX_PAGE_JOB_IDS),
  }),
  /** Popup/pages → background: user edits. */
  z.object({ type: z.literal('set-tags'), itemId: z.string(), tags: z.array(tag).max(500) }),
  z.object({ type: z.literal('set-status'), itemId: z.string(), status: z.enum(JOB_STATUSES) }),
  z.object({
    type: z.literal('set-job-details'),
    itemId: z.string(),
    notes: z.string().max(100_000).optional(),
    followUp: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional(),
  }),
  /** Jobs board → background: add or edit (same id) one interview event of a job; remove one. */
  z.object({ type: z.literal('save-job-event'), itemId: z.string(), event: jobEventSchema }),
  z.object({ type: z.literal('delete-job-event'), itemId: z.string(), eventId: z.string().max(64) }),
  z.object({ type: z.literal('delete-items'), itemIds: z.array(z.string()).max(100_000) }),
  /** Reader/library page → background: the clip re-extracted from the item's snapshot replaces its clip. */
  z.object({ type: z.literal('reextract-item'), itemId: z.string(), clip: articleClipSchema }),
  /** Library page → background: library-wide tag edits and the merge of likely duplicates. */
  z.object({ type: z.literal('rename-tag'), from: tag, to: tag }),
  z.object({ type: z.literal('merge-tags'), from: z.array(tag).max(500), into: tag }),
  z.object({
    type: z.literal('bulk-tag'),
    itemIds: z.array(z.string()).max(100_000),
    add: z.array(tag).max(500),
    remove: z.array(tag).max(500),
  }),
  z.object({ type: z.literal('merge-duplicates'), itemIds: z.array(z.string()).min(2).max(100) }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** What the widget needs to know about a saved item. */
export const savedSummarySchema = z.object({
  itemId: z.string(),
  kind: z.enum(['article', 'profile', 'job']),
  title: z.string(),
  status: z.enum(JOB_STATUSES).nullable(),
  statusAt: z.number().nullable(),
  /** A job known only from a job card: its posting page can add the description and qualifications. */
  cardOnly: z.boolean(),
  /** A job's pay as the widget shows it ("USD 149k–258k/yr", lib/ui/pay.ts); null when none is stated. */
  pay: z.string().nullable(),
});
export type SavedSummary = z.infer<typeof savedSummarySchema>;

export interface PageStateReply {
  /** The page's own item, when saved. */
  saved: SavedSummary | null;
  /** Saved job items among the page's job ids, by job id. */
  savedJobs: Record<string, SavedSummary>;
}

export interface SaveJobsReply {
  added: number;
  alreadySaved: number;
  /** Every job of the request now in the library, by job id. */
  savedJobs: Record<string, SavedSummary>;
}

/** The reply for each request type. */
export interface ReplyMap {
  'save-clip': SavedSummary;
  'save-job': SavedSummary;
  'save-jobs': SaveJobsReply;
  'page-state': PageStateReply;
  'set-tags': { tags: string[] };
  'set-status': SavedSummary;
  'set-job-details': SavedSummary;
  'save-job-event': SavedSummary;
  'delete-job-event': SavedSummary;
  'delete-items': { deleted: number };
  'reextract-item': SavedSummary;
  'rename-tag': { changed: number };
  'merge-tags': { changed: number };
  'bulk-tag': { changed: number };
  'merge-duplicates': SavedSummary;
}

export type Reply<T extends RequestType> = { ok: true; data: ReplyMap[T] } | { ok: false; error: string };
