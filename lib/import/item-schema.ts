import { z } from 'zod';
import { articleClipSchema, epochMs, httpUrl, isoDate, jobSchema } from '../clip-schema';
import { jobEventsSchema } from '../job-events';
import { JOB_STATUSES } from '../job-status';

// A stored item as an export file holds it (lib/db/schema.ts `Item`), checked field by field.
// Unknown keys are dropped: only the fields named here ever reach the database. A field added to
// `Item` must be added here too, or an export → import round trip loses it.

const itemBase = {
  id: z.string().max(9_000),
  sourceUrls: z.array(httpUrl).max(1_000),
  tags: z.array(z.string().max(200)).max(500),
  savedAt: epochMs,
  updatedAt: epochMs,
  extractorVersion: z.number().int().nonnegative().max(1_000_000),
  title: z.string().max(10_000),
};

export const articleItemSchema = z
  .object({ ...itemBase, kind: z.enum(['article', 'profile']), clip: articleClipSchema })
  .refine((item) => item.kind === item.clip.kind, { message: "the item's kind differs from its clip's", path: ['kind'] });

export const jobItemSchema = z.object({
  ...itemBase,
  kind: z.literal('job'),
  clip: jobSchema,
  status: z.enum(JOB_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(JOB_STATUSES), at: epochMs })).max(1_000),
  notes: z.string().max(100_000),
  followUp: isoDate.nullable(),
  // Files from before interview events existed have none.
  events: jobEventsSchema.optional(),
});

export const itemSchema = z.discriminatedUnion('kind', [articleItemSchema, jobItemSchema]);
