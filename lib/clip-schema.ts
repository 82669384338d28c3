import { z } from 'zod';
import { isAllowedImageUrl } from './images/hosts';
import { isJobsHost, isScienceHost } from './url/canonical';

// Zod compiles fast parsers with `new Function` when it may, and probes whether it may by calling
// it once. Extension pages forbid eval (the Manifest V3 content security policy), Firefox's
// reviewers flag it, and the probe is reported as a policy violation: parse without it. Every
// schema of ours is built on this module, so this runs before any of them parses.
z.config({ jitless: true });

// Runtime schemas for the clip contract. Everything that crosses a boundary — a message from a
// content script, an imported file — is parsed with these before it is trusted, and the types of
// lib/types.ts are inferred from them: a field exists in both or in neither.

const text = z.string().max(2_000_000);
const shortText = z.string().max(10_000);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const MAX_URL = 8_000;

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** An https address without credentials or port: nothing else is ever opened or stored as a link. */
function isPlainHttps(value: string): boolean {
  const url = parsedUrl(value);
  return !!url && url.protocol === 'https:' && !url.username && !url.password && url.port === '';
}

/** Whether `value` is a page of the sites we clip (amazon.science, amazon.jobs), over https. */
export function isOurPageUrl(value: string): boolean {
  return isPlainHttps(value) && (isScienceHost(value) || isJobsHost(value));
}

/** A link out, such as a posting's apply page: https, any host. */
export const httpsUrl = z.string().max(MAX_URL).refine(isPlainHttps, 'must be an https address');
/** The address of a clipped page, or a page an item was saved from: https on amazon.science or amazon.jobs. */
export const pageUrl = z.string().max(MAX_URL).refine(isOurPageUrl, 'must be an https address on amazon.science or amazon.jobs');
/** A picture the extension may download: https on the image hosts (lib/images/hosts.ts). */
export const imageUrl = z.string().max(MAX_URL).refine(isAllowedImageUrl, 'must be an https address on the amazon.science image hosts');
/** Epoch milliseconds within what a Date can hold. */
export const epochMs = z.number().int().nonnegative().max(8.64e15);

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
  url: pageUrl,
  title: shortText.nullable(),
  locations: z.array(locationSchema).max(500),
  company: shortText.nullable(),
  description: text,
  responsibilities: z.array(shortText).max(500),
  basicQualifications: z.array(shortText).max(500),
  preferredQualifications: z.array(shortText).max(500),
  applyUrl: httpsUrl.nullable(),
  posted: isoDate.nullable(),
  // Files and libraries from before pay was read have no `pay`: absent means none stated.
  pay: z.array(payRangeSchema).max(100).default([]),
});

export const heroSchema = z.object({
  src: imageUrl.nullable(),
  alt: shortText.nullable(),
  caption: shortText.nullable(),
  credit: shortText.nullable(),
});

export const pullQuoteSchema = z.object({ text: shortText, by: shortText.nullable() });

export const qaSchema = z.object({ q: shortText, a: text });

export const personSchema = z.object({
  name: shortText,
  role: shortText.nullable(),
  team: shortText.nullable(),
  organization: shortText.nullable(),
});

export const articleClipSchema = z.object({
  kind: z.enum(['article', 'profile']),
  url: pageUrl,
  title: shortText,
  dek: shortText.nullable(),
  authors: z.array(shortText).max(200),
  published: isoDate.nullable(),
  readingMinutes: z.number().int().nonnegative().nullable(),
  researchAreas: z.array(shortText).max(200),
  siteTags: z.array(shortText).max(200),
  hero: heroSchema.nullable(),
  text,
  html: text,
  pullQuotes: z.array(pullQuoteSchema).max(200),
  qa: z.array(qaSchema).max(500),
  person: personSchema.nullable(),
  jobs: z.array(jobSchema).max(500),
  /** Set when the site's structure could not be read and Readability alone produced the clip. */
  fallback: z.literal(true).optional(),
});

export const savableClipSchema = z.discriminatedUnion('kind', [articleClipSchema, jobSchema]);
