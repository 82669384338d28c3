// fast-check arbitraries of stored items that satisfy the store's own rules (ids from the clip,
// normalised tags), with awkward text: quotes, line and paragraph separators, emoji, RTL, nulls.
import fc from 'fast-check';
import { JOB_STATUSES, type ArticleItem, type Item, type JobItem } from '../../../lib/db/schema';
import { JOB_EVENT_KINDS, type JobEvent } from '../../../lib/job-events';
import type { ArticleClip, Job, Location } from '../../../lib/types';

const awkward = fc.constantFrom('"', '\\', '\n', '\u2028', '</script>', '=1+1', 'Zürich', 'תל אביב', '🧪', ' ', ',', '\t', "'");
const text = fc.array(fc.oneof(fc.string({ maxLength: 12, unit: 'grapheme' }), awkward), { maxLength: 6 }).map((parts) => parts.join(''));
const nonEmpty = text.map((t) => t || 'x');
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDay = fc
  .date({ min: new Date('1995-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const epoch = fc.integer({ min: 0, max: 4_000_000_000_000 });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const tag = fc.stringMatching(/^[a-z0-9][a-z0-9 ]{0,18}[a-z0-9]$/).map((t) => t.replace(/ +/g, ' '));
const tags = fc.uniqueArray(tag, { maxLength: 5 });

const location: fc.Arbitrary<Location> = fc.record({
  raw: nonEmpty,
  country: nullable(text),
  region: nullable(text),
  city: nullable(text),
});

const job = (jobId: string): fc.Arbitrary<Job> =>
  fc.record({
    kind: fc.constant('job' as const),
    jobId: fc.constant(jobId),
    url: slug.map((s) => `https://www.amazon.jobs/en/jobs/${jobId}/${s}`),
    title: nullable(text),
    locations: fc.array(location, { maxLength: 3 }),
    company: nullable(text),
    description: text,
    responsibilities: fc.array(text, { maxLength: 3 }),
    basicQualifications: fc.array(text, { maxLength: 3 }),
    preferredQualifications: fc.array(text, { maxLength: 3 }),
    applyUrl: nullable(fc.constant(`https://account.amazon.jobs/jobs/${jobId}/apply`)),
    posted: nullable(isoDay),
    pay: fc.array(
      fc.record({
        location: nullable(text),
        min: fc.integer({ min: 0, max: 1_000_000 }),
        max: fc.integer({ min: 0, max: 1_000_000 }),
        currency: fc.constantFrom('USD', 'EUR', 'GBP', 'INR'),
        period: fc.constantFrom('year' as const, 'month' as const, 'hour' as const),
      }),
      { maxLength: 3 },
    ),
  });

const article = (url: string): fc.Arbitrary<ArticleClip> =>
  fc.record(
    {
      kind: fc.constantFrom('article' as const, 'profile' as const),
      url: fc.constant(url),
      title: nonEmpty,
      dek: nullable(text),
      authors: fc.array(nonEmpty, { maxLength: 3 }),
      published: nullable(isoDay),
      readingMinutes: nullable(fc.integer({ min: 0, max: 90 })),
      researchAreas: fc.array(nonEmpty, { maxLength: 3 }),
      siteTags: fc.array(nonEmpty, { maxLength: 3 }),
      hero: nullable(
        fc.record({
          src: nullable(fc.constant('https://assets.amazon.science/x.jpg')),
          alt: nullable(text),
          caption: nullable(text),
          credit: nullable(text),
        }),
      ),
      text,
      html: text.map((t) => `<p>${t}</p>`),
      pullQuotes: fc.array(fc.record({ text: nonEmpty, by: nullable(text) }), { maxLength: 2 }),
      qa: fc.array(fc.record({ q: nonEmpty, a: text }), { maxLength: 2 }),
      person: nullable(fc.record({ name: nonEmpty, role: nullable(text), team: nullable(text), organization: nullable(text) })),
      jobs: fc.array(
        fc.integer({ min: 1, max: 99_999_999 }).chain((id) => job(String(id))),
        { maxLength: 2 },
      ),
      fallback: fc.constant(true as const),
    },
    {
      requiredKeys: [
        'kind',
        'url',
        'title',
        'dek',
        'authors',
        'published',
        'readingMinutes',
        'researchAreas',
        'siteTags',
        'hero',
        'text',
        'html',
        'pullQuotes',
        'qa',
        'person',
        'jobs',
      ],
    },
  );

const jobEvent: fc.Arbitrary<JobEvent> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9-]{1,36}$/),
  kind: fc.constantFrom(...JOB_EVENT_KINDS),
  at: epoch,
  notes: text,
});
/** Absent (jobs saved before events existed), empty, or a few events with distinct ids. */
const jobEvents = fc.option(fc.uniqueArray(jobEvent, { maxLength: 3, selector: (event) => event.id }), { nil: undefined });

const common = { tags, savedAt: epoch, updatedAt: epoch, extractorVersion: fc.integer({ min: 1, max: 5 }), notes: text };

export const jobItem: fc.Arbitrary<JobItem> = fc.integer({ min: 1, max: 99_999_999 }).chain((id) =>
  fc
    .record({
      clip: job(String(id)),
      history: fc.array(fc.record({ status: fc.constantFrom(...JOB_STATUSES), at: epoch }), { minLength: 1, maxLength: 4 }),
      followUp: nullable(isoDay),
      events: jobEvents,
      ...common,
    })
    .map(({ clip, history, followUp, events, tags, savedAt, updatedAt, extractorVersion, notes }) => ({
      id: `job:${clip.jobId}`,
      kind: 'job' as const,
      clip,
      title: clip.title ?? `Job ${clip.jobId}`,
      sourceUrls: [clip.url],
      tags,
      savedAt,
      updatedAt,
      extractorVersion,
      status: history.at(-1)!.status,
      statusHistory: history,
      notes,
      followUp,
      ...(events && { events }),
    })),
);

export const articleItem: fc.Arbitrary<ArticleItem> = slug.chain((s) => {
  const url = `https://www.amazon.science/blog/${s}`;
  return fc.record({ clip: article(url), ...common }).map(({ clip, tags, savedAt, updatedAt, extractorVersion }) => ({
    id: `url:${url}`,
    kind: clip.kind,
    clip,
    title: clip.title,
    sourceUrls: [`${url}?utm_source=feed`, url],
    tags,
    savedAt,
    updatedAt,
    extractorVersion,
  }));
});

/** A library: distinct ids, any mix of kinds. */
export const library: fc.Arbitrary<Item[]> = fc.uniqueArray(fc.oneof(jobItem, articleItem), { maxLength: 25, selector: (item) => item.id });
