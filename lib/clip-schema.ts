import { z } from 'zod';

// Zod compiles fast parsers with `new Function` when it may, and probes whether it may by calling
// it once. Extension pages forbid eval (the Manifest V3 content security policy), Firefox's
// reviewers flag it, and the probe is reported as a policy violation: parse without it. Every
// schema of ours is built on this module, so this runs before any of them parses.
z.config({ jitless: true });

// Runtime schemas for the clip contract (lib/types.ts). Everything that crosses a boundary —
// a message from a content script, an imported file — is parsed with these before it is trusted.

const text = z.string().max(2_000_000);
const shortText = z.string().max(10_000);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Epoch milliseconds within what a Date can hold. */
export const epochMs = z.number().int().nonnegative().max(8.64e15);
export const httpUrl = z
  .string()
  .max(8_000)
  .refine((s) => /^https?:\/\//i.test(s), 'must be an http(s) URL');

export const locationSchema = z.object({
  raw: shortText,
  country: shortText.nullable(),
  region: shortText.nullable(),
  city: shortText.nullable(),
});

export const payRangeSchema = z.object({
  location: shortText.nullable(),
  min: z.number().nonnegative().finite(),
  max: z.number().nonnegative().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['year', 'month', 'hour']),
});

export const jobSchema = z.object({
  kind: z.literal('job'),
  jobId: z.string().regex(/^\d{1,20}$/),
  url: httpUrl,
  title: shortText.nullable(),
  locations: z.array(locationSchema).max(500),
  company: shortText.nullable(),
  description: text,
  responsibilities: z.array(shortText).max(500),
  basicQualifications: z.array(shortText).max(500),
  preferredQualifications: z.array(shortText).max(500),
  applyUrl: httpUrl.nullable(),
  posted: isoDate.nullable(),
  // Files and libraries from before pay was read have no `pay`: absent means none stated.
  pay: z.array(payRangeSchema).max(100).default([]),
});

export const articleClipSchema = z.object({
  kind: z.enum(['article', 'profile']),
  url: httpUrl,
  title: shortText,
  dek: shortText.nullable(),
  authors: z.array(shortText).max(200),
  published: isoDate.nullable(),
  readingMinutes: z.number().int().nonnegative().nullable(),
  researchAreas: z.array(shortText).max(200),
  siteTags: z.array(shortText).max(200),
  hero: z
    .object({
      src: z.string().max(8_000).nullable(),
      alt: shortText.nullable(),
      caption: shortText.nullable(),
      credit: shortText.nullable(),
    })
    .nullable(),
  text,
  html: text,
  pullQuotes: z.array(z.object({ text: shortText, by: shortText.nullable() })).max(200),
  qa: z.array(z.object({ q: shortText, a: text })).max(500),
  person: z
    .object({
      name: shortText,
      role: shortText.nullable(),
      team: shortText.nullable(),
      organization: shortText.nullable(),
    })
    .nullable(),
  jobs: z.array(jobSchema).max(500),
  fallback: z.literal(true).optional(),
});

export const savableClipSchema = z.discriminatedUnion('kind', [articleClipSchema, jobSchema]);
