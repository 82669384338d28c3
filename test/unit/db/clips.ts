// Real clips for store tests, built from the fixtures' expected extraction. The expected files
// hold a subset of each clip (no body text), so the missing fields are filled here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClipperDB } from '../../../lib/db/schema';
import type { ArticleClip, Hero, Job } from '../../../lib/types';

const FIXTURES = join(__dirname, '../../fixtures');

type Expected = Record<string, unknown> & { _source: string; textIncludes?: string[] };

export function expected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
}

/** The Job an amazon.jobs posting page yields; its description is the expected passages. */
export function postingJob(name: string): Job {
  const e = expected(name) as unknown as Job & Expected;
  return {
    kind: 'job',
    jobId: e.jobId,
    url: e.url,
    title: e.title,
    locations: e.locations,
    company: e.company,
    description: (e.textIncludes ?? []).join(' '),
    responsibilities: e.responsibilities,
    basicQualifications: e.basicQualifications,
    preferredQualifications: e.preferredQualifications,
    applyUrl: e.applyUrl,
    posted: e.posted,
    pay: e.pay ?? [],
  };
}

/** The same posting as a job card on an amazon.science page shows it: title, place, teaser, date. */
export function cardOf(job: Job, teaserLength = 80): Job {
  return {
    ...job,
    company: null,
    description: job.description.slice(0, teaserLength),
    responsibilities: [],
    basicQualifications: [],
    preferredQualifications: [],
    applyUrl: null,
  };
}

export function articleClip(name: string): ArticleClip {
  const e = expected(name) as unknown as ArticleClip & Expected;
  const text = (e.textIncludes ?? []).join('\n\n');
  return {
    kind: e.kind,
    url: e.url,
    title: e.title,
    dek: e.dek ?? null,
    authors: e.authors ?? [],
    published: e.published ?? null,
    readingMinutes: e.readingMinutes ?? null,
    researchAreas: e.researchAreas ?? [],
    siteTags: e.siteTags ?? [],
    // Expected files name only the hero fields they check.
    hero: e.hero ? { src: null, alt: null, caption: null, credit: null, ...(e.hero as Partial<Hero>) } : null,
    text,
    html: `<p>${text}</p>`,
    pullQuotes: e.pullQuotes ?? [],
    qa: e.qa ?? [],
    person: e.person ?? null,
    jobs: [],
  };
}

export function freshDb(): ClipperDB {
  return new ClipperDB(`test-${Math.random().toString(36).slice(2)}`);
}
