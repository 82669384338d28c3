// The data contract of ../shared/spec/clip-format.md (copied into docs/clip-format.md).
// Field names are fixed by that contract: a field the page lacks is null or [], never invented.

export type PageKind = 'profile' | 'article' | 'job' | 'job-list';

export interface Location {
  raw: string;
  country: string | null;
  region: string | null;
  city: string | null;
}

/** One base-pay range a posting states: amounts as numbers, `location` null for a single sentence range. */
export interface PayRange {
  location: string | null;
  min: number;
  max: number;
  currency: string;
  period: 'year' | 'month' | 'hour';
}

export interface Job {
  kind: 'job';
  jobId: string;
  url: string;
  title: string | null;
  locations: Location[];
  company: string | null;
  description: string;
  responsibilities: string[];
  basicQualifications: string[];
  preferredQualifications: string[];
  applyUrl: string | null;
  posted: string | null;
  /** The posting's base-pay ranges in page order; [] when none is stated (always on cards). */
  pay: PayRange[];
}

export interface Hero {
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

export interface PullQuote {
  text: string;
  by: string | null;
}

export interface QA {
  q: string;
  a: string;
}

export interface Person {
  name: string;
  role: string | null;
  team: string | null;
  organization: string | null;
}

export interface ArticleClip {
  kind: 'article' | 'profile';
  url: string;
  title: string;
  dek: string | null;
  authors: string[];
  published: string | null;
  readingMinutes: number | null;
  researchAreas: string[];
  siteTags: string[];
  hero: Hero | null;
  text: string;
  html: string;
  pullQuotes: PullQuote[];
  qa: QA[];
  person: Person | null;
  jobs: Job[];
  /** Set when the site's structure could not be read and Readability alone produced the clip. */
  fallback?: true;
}

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
