// A realistic library of any size, generated from the fixtures: the project's own extractor reads
// each fixture page, and the clips it returns are varied (addresses, ids, titles, paragraphs,
// people, dates, tags, statuses) with a seeded generator, so every run builds the same library.
// Used by `npm run bench`, the end-to-end library test and the unit tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { JOB_STATUSES, type ArticleItem, type Item, type JobItem, type StatusChange } from '../../lib/db/schema';
import { extractPage } from '../../lib/extract/registry';
import type { ArticleClip, Job } from '../../lib/types';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);

export interface BaseClips {
  articles: ArticleClip[];
  jobs: Job[];
}

let cached: BaseClips | null = null;

/** Every article, profile and job (posting pages and job cards) the fixtures hold, as extracted. */
export function baseClips(): BaseClips {
  if (cached) return cached;
  const articles: ArticleClip[] = [];
  const jobs = new Map<string, Job>();
  // Hostile fixtures are left out: they test defences, not what a library looks like.
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json') && !f.startsWith('hostile'))) {
    const name = file.replace('.expected.json', '');
    const source = (JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { _source: string })._source;
    const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
    const doc = new JSDOM(html, { url: source, virtualConsole: new VirtualConsole() }).window.document;
    const clip = extractPage(doc, new URL(source));
    if (clip.kind === 'article' || clip.kind === 'profile') {
      articles.push(clip);
      for (const job of clip.jobs) jobs.set(job.jobId, job);
    } else if (clip.kind === 'job') jobs.set(clip.jobId, clip);
    else if (clip.kind === 'job-list') for (const job of clip.jobs) jobs.set(job.jobId, job);
  }
  if (articles.length === 0 || jobs.size === 0) throw new Error('the extractor read no article or job from test/fixtures');
  cached = { articles, jobs: [...jobs.values()] };
  return cached;
}

/** A small deterministic generator (mulberry32): the same seed gives the same library. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: int(max + 1) }, () => pick(list)))];
  return { next, int, pick, some };
}
type Random = ReturnType<typeof random>;

const FIRST = [
  'Rustan',
  'Rajeev',
  'Aaron',
  'Michael',
  'Ana',
  'Wei',
  'Priya',
  'Tomás',
  'Ingrid',
  'Kofi',
  'Mei',
  'Yusuf',
  'Léa',
  'Sven',
  'Amara',
  'Kenji',
  'Olga',
  'Diego',
  'Nadia',
  'Ravi',
];
const LAST = [
  'Leino',
  'Rastogi',
  'Roth',
  'Kearns',
  'Silva',
  'Zhang',
  'Nair',
  'García',
  'Larsen',
  'Mensah',
  'Chen',
  'Demir',
  'Moreau',
  'Berg',
  'Okafor',
  'Sato',
  'Ivanova',
  'Rojas',
  'Haddad',
  'Iyer',
];
const AREAS = [
  'Automated reasoning',
  'Cloud and systems',
  'Computer vision',
  'Conversational AI',
  'Economics',
  'Information and knowledge management',
  'Machine learning',
  'Operations research and optimization',
  'Quantum technologies',
  'Robotics',
  'Search and information retrieval',
  'Security, privacy, and abuse prevention',
  'Sustainability',
];
const SITE_TAGS = [
  'Generative AI',
  'Large language models',
  'Reinforcement learning',
  'Formal verification',
  'Recommender systems',
  'Causal inference',
  'Alexa',
  'AWS',
  'Prime Video',
  'Supply chain',
];
const USER_TAGS = [
  'to read',
  'verification',
  'ml',
  'nlp',
  'interview prep',
  'berlin',
  'seattle',
  'remote',
  'dream job',
  'reading group',
  'theory',
  'systems',
  'follow up',
  'favourite',
  'team a',
  'team b',
  'later',
  'papers',
  'hiring manager',
  'referral',
];
const PLACES = [
  'US, WA, Seattle',
  'US, CA, Palo Alto',
  'US, NY, New York',
  'DE, BE, Berlin',
  'GB, MLN, Edinburgh',
  'IN, KA, Bangalore',
  'IL, Tel Aviv',
  'JP, 13, Tokyo',
  'ES, M, Madrid',
  'CA, BC, Vancouver',
  'IN, KA, Bangalore - Virtual',
  'LU, Luxembourg',
];
const COMPANIES = [
  'Amazon.com Services LLC',
  'Amazon Development Center DEU',
  'Amazon Development Centre (India) Private Limited',
  'Amazon Web Services, Inc.',
  null,
];
const SUFFIXES = [
  '',
  ', Search',
  ', Alexa AI',
  ', Ads',
  ', Last Mile',
  ', AGI',
  ', Fulfillment',
  ', Prime Video',
  ', Robotics',
  ', Security',
];

function location(raw: string) {
  const parts = raw.replace(/ - Virtual$/, '').split(', ');
  return { raw, country: parts[0] ?? null, region: parts.length === 3 ? parts[1]! : null, city: parts.at(-1) ?? null };
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function shuffled<T>(rng: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Most of the paragraphs, in another order, with a few words swapped so each body is its own. */
function variedParagraphs(rng: Random, paragraphs: readonly string[], vocabulary: readonly string[]): string[] {
  const kept = shuffled(rng, paragraphs).slice(0, Math.max(1, Math.ceil(paragraphs.length * (0.6 + rng.next() * 0.4))));
  return kept.map((p) =>
    p
      .split(' ')
      .map((w) => (rng.next() < 0.03 ? rng.pick(vocabulary) : w))
      .join(' '),
  );
}

function person(rng: Random): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function articleItem(rng: Random, i: number, base: ArticleClip, vocabulary: readonly string[]): ArticleItem {
  const paragraphs = variedParagraphs(rng, base.text.split('\n\n'), vocabulary);
  const slug = `${base.url.split('/').pop()}-${i}`;
  const url = base.url.replace(/[^/]+$/, slug);
  const name = person(rng);
  const title = `${base.kind === 'profile' ? `${name}: ` : ''}${shuffled(rng, base.title.split(' ')).join(' ')}`;
  const published = day(START - rng.int(2000) * DAY);
  const clip: ArticleClip = {
    ...base,
    url,
    title,
    authors: base.kind === 'profile' ? [] : [person(rng), ...(rng.next() < 0.5 ? [person(rng)] : [])],
    published,
    researchAreas: rng.some(AREAS, 2).concat(base.researchAreas).slice(0, 3),
    siteTags: rng.some(SITE_TAGS, 3),
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    person:
      base.kind === 'profile'
        ? { name, role: base.person?.role ?? null, team: base.person?.team ?? null, organization: base.person?.organization ?? null }
        : null,
    jobs: base.jobs.slice(0, rng.int(base.jobs.length + 1)),
  };
  const savedAt = START + rng.int(1000) * DAY + rng.int(DAY);
  return {
    id: `url:${url}`,
    kind: clip.kind,
    clip,
    title,
    sourceUrls: [url],
    tags: rng.some(USER_TAGS, 3),
    savedAt,
    updatedAt: savedAt + rng.int(30) * DAY,
    extractorVersion: 1,
  };
}

function jobItem(rng: Random, jobId: string, base: Job, vocabulary: readonly string[]): JobItem {
  const sentences = base.description.split(/(?<=\.) /);
  const description = variedParagraphs(rng, sentences, vocabulary).join(' ');
  const title = `${base.title ?? 'Applied Scientist'}${rng.pick(SUFFIXES)}`;
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const savedAt = START + rng.int(1000) * DAY + rng.int(DAY);
  const history: StatusChange[] = [{ status: 'saved', at: savedAt }];
  const steps = rng.int(4);
  for (let s = 0; s < steps; s++)
    history.push({ status: JOB_STATUSES[Math.min(s + 1, rng.next() < 0.2 ? 5 : 4)]!, at: savedAt + (s + 1) * 7 * DAY });
  const clip: Job = {
    ...base,
    jobId,
    url: `https://www.amazon.jobs/en/jobs/${jobId}/${slug}`,
    title,
    locations: rng.some(PLACES, 2).map(location),
    company: base.company === null && rng.next() < 0.7 ? null : rng.pick(COMPANIES),
    description,
    applyUrl: base.applyUrl ? `https://account.amazon.jobs/jobs/${jobId}/apply` : null,
    posted: day(savedAt - rng.int(60) * DAY),
  };
  return {
    id: `job:${jobId}`,
    kind: 'job',
    clip,
    title,
    sourceUrls: [clip.url],
    tags: rng.some(USER_TAGS, 2),
    savedAt,
    updatedAt: history.at(-1)!.at,
    extractorVersion: 1,
    status: history.at(-1)!.status,
    statusHistory: history,
    notes: rng.next() < 0.2 ? `Spoke to ${person(rng)}; ${rng.pick(vocabulary)} ${rng.pick(vocabulary)}.` : '',
    followUp: rng.next() < 0.15 ? day(savedAt + rng.int(40) * DAY) : null,
  };
}

export interface LibraryOptions {
  seed?: number;
  /** The share of articles and profiles; the rest are jobs. */
  articleShare?: number;
  /** The share of items that are likely duplicates of another (same title and person, or a re-posted job). */
  duplicateShare?: number;
}

/** `count` distinct items (distinct ids), a realistic mix of articles, profiles and jobs. */
export function generateLibrary(count: number, options: LibraryOptions = {}): Item[] {
  const rng = random(options.seed ?? 1);
  const { articles, jobs } = baseClips();
  const vocabulary = [...new Set(articles.flatMap((a) => a.text.split(/\s+/)).filter((w) => /^[a-z]{4,}$/.test(w)))];
  const items: Item[] = [];
  let nextJobId = 20_000_000;
  for (let i = 0; i < count; i++) {
    const duplicateOf = i > 10 && rng.next() < (options.duplicateShare ?? 0.005) ? items[rng.int(items.length)]! : null;
    if (duplicateOf?.kind === 'job') {
      const jobId = String(nextJobId++);
      items.push({
        ...duplicateOf,
        id: `job:${jobId}`,
        clip: { ...duplicateOf.clip, jobId, url: duplicateOf.clip.url.replace(/\/jobs\/\d+/, `/jobs/${jobId}`) },
        tags: ['reposted'],
      });
    } else if (duplicateOf) {
      const url = `${duplicateOf.clip.url}-copy`;
      items.push({ ...duplicateOf, id: `url:${url}`, clip: { ...duplicateOf.clip, url }, sourceUrls: [url], tags: ['copy'] });
    } else if (rng.next() < (options.articleShare ?? 0.3)) {
      items.push(articleItem(rng, i, rng.pick(articles), vocabulary));
    } else {
      items.push(jobItem(rng, String(nextJobId++), rng.pick(jobs), vocabulary));
    }
  }
  return items;
}
