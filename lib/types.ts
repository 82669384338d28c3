// The data contract of ../shared/spec/clip-format.md (copied into docs/clip-format.md).
// Field names are fixed by that contract: a field the page lacks is null or [], never invented.
import type { z } from 'zod';
import type {
  articleClipSchema,
  heroSchema,
  jobSchema,
  locationSchema,
  payRangeSchema,
  personSchema,
  pullQuoteSchema,
  qaSchema,
} from './clip-schema';

export type PageKind = 'profile' | 'article' | 'job' | 'job-list';

// The stored shapes are the zod schemas of lib/clip-schema.ts, which every message and imported
// file is checked against; the types are inferred from them, so a field cannot exist in one and
// be silently dropped by the other.

export type Location = z.infer<typeof locationSchema>;
/** One base-pay range a posting states: amounts as numbers, `location` null for a single sentence range. */
export type PayRange = z.infer<typeof payRangeSchema>;
/** `pay`: the posting's base-pay ranges in page order; [] when none is stated (always on cards). */
export type Job = z.infer<typeof jobSchema>;
export type Hero = z.infer<typeof heroSchema>;
export type PullQuote = z.infer<typeof pullQuoteSchema>;
export type QA = z.infer<typeof qaSchema>;
export type Person = z.infer<typeof personSchema>;
export type ArticleClip = z.infer<typeof articleClipSchema>;

export interface JobListClip {
  kind: 'job-list';
  url: string;
  title: string;
  jobs: Job[];
}

export interface NullClip {
  kind: null;
  url: string;
}

export type Clip = ArticleClip | Job | JobListClip | NullClip;

/** What can be stored as one library item. */
export type SavableClip = ArticleClip | Job;

/**
 * A site extractor, shaped like a Zotero translator: `detect` says whether this extractor
 * reads the page, `extract` reads it. Both are pure: a Document and a URL in, data out;
 * neither may modify the document.
 */
export interface Extractor {
  name: string;
  detect(doc: Document, url: URL): PageKind | null;
  extract(doc: Document, url: URL): Clip;
}
