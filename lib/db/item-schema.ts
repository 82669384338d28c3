import { z } from 'zod';
import { articleClipSchema, epochMs, isoDate, jobSchema, pageUrl } from '../clip-schema';
import { jobEventsSchema } from '../job-events';
import { JOB_STATUSES } from '../job-status';

// A stored item, field by field. The types of lib/db/schema.ts (`Item`, `ArticleItem`, `JobItem`)
// are inferred from these schemas, and an imported file is checked against them: unknown keys are
// dropped, so a field added here is kept by an export → import round trip, and a field cannot be
// added to `Item` without being added here.

const itemBase = {
  /** `url:<canonical url>` for articles and profiles, `job:<jobId>` for jobs. */
  id: z.string().max(9_000),
  /** Every address the item was saved from, as visited (not canonical), without repeats, first one first. */
  sourceUrls: z.array(pageUrl).max(1_000),
  /** The user's tags: trimmed, lower-cased, unique. */
  tags: z.array(z.string().max(200)).max(500),
  savedAt: epochMs,
  updatedAt: epochMs,
  extractorVersion: z.number().int().nonnegative().max(1_000_000),
  /** Denormalised from the clip so that lists need not read it. */
  title: z.string().max(10_000),
};

export const statusChangeSchema = z.object({ status: z.enum(JOB_STATUSES), at: epochMs });

export const articleItemSchema = z
  .object({ ...itemBase, kind: z.enum(['article', 'profile']), clip: articleClipSchema })
  .refine((item) => item.kind === item.clip.kind, { message: "the item's kind differs from its clip's", path: ['kind'] });

export const jobItemSchema = z.object({
  ...itemBase,
  kind: z.literal('job'),
  clip: jobSchema,
  status: z.enum(JOB_STATUSES),
  /** Every status the job entered, oldest first. */
  statusHistory: z.array(statusChangeSchema).max(1_000),
  notes: z.string().max(100_000),
  /** YYYY-MM-DD or null */
  followUp: isoDate.nullable(),
  /** Interview rounds and other dated events; absent on jobs saved, or files written, before events existed (none). */
  events: jobEventsSchema.optional(),
});

export const itemSchema = z.discriminatedUnion('kind', [articleItemSchema, jobItemSchema]);
