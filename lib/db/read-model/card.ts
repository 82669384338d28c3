import type { Item, JobStatus } from '../schema';
import { lastStatusChange } from '../status-change';
import { nextRev } from './card-pages';
import { tokenize, uniqueWords } from '../../search/tokenize';

/**
 * The few fields of an item that lists, filters, search and duplicate detection read, and its
 * searchable words. Kept in a table of their own (see ./projection.ts) because a clip's HTML, jobs
 * and structure make the full item several times larger: a library of 10,000 items loads from its
 * cards in a fraction of the time, and pages follow changes by reading only the changed pages.
 *
 * Every field is copied or computed from the item's raw fields, never from how the pages word
 * things (lib/ui/format.ts): rewording the interface must not change what is stored. A change to
 * this shape or to how a field is computed bumps READ_MODEL_VERSION (./version.ts), so stored
 * cards are rebuilt.
 */
export interface LibraryCard {
  id: string;
  kind: Item['kind'];
  /** New on every write of the item: tells an index which cards to read again. */
  rev: string;
  title: string;
  dek: string | null;
  person: string | null;
  authors: string[];
  company: string | null;
  jobId: string | null;
  locations: string[];
  researchAreas: string[];
  siteTags: string[];
  tags: string[];
  status: JobStatus | null;
  /** When the job's status last changed (epoch ms); null when it has no recorded change. */
  statusAt: number | null;
  followUp: string | null;
  /** The original page. */
  url: string;
  /** The article's publication day or the job's posting day, `YYYY-MM-DD`. */
  published: string | null;
  savedAt: number;
  updatedAt: number;
  /** Items sharing this key are likely the same thing saved twice (see lib/library/duplicates.ts). */
  duplicateKey: string | null;
  /**
   * The distinct folded words of everything searchable that the fields above do not hold (the
   * body, quotes, captions, job sections), joined by single spaces: the search index reads them
   * here rather than tokenizing every clip each time a page opens.
   */
  words: string;
}

export function cardOf(item: Item): LibraryCard {
  const base = {
    id: item.id,
    kind: item.kind,
    rev: nextRev(),
    title: item.title,
    tags: item.tags,
    url: item.clip.url,
    savedAt: item.savedAt,
    updatedAt: item.updatedAt,
    words: bodyWords(item),
  };
  if (item.kind === 'job') {
    const job = item.clip;
    return {
      ...base,
      dek: null,
      person: null,
      authors: [],
      company: job.company,
      jobId: job.jobId,
      locations: job.locations.map((l) => l.raw),
      researchAreas: [],
      siteTags: [],
      status: item.status,
      statusAt: lastStatusChange(item),
      followUp: item.followUp,
      published: job.posted,
      duplicateKey: jobDuplicateKey(item.title, job.description),
    };
  }
  const clip = item.clip;
  const person = clip.person?.name ?? null;
  return {
    ...base,
    dek: clip.dek,
    person,
    authors: clip.authors,
    company: clip.person?.organization ?? null,
    jobId: null,
    locations: [],
    researchAreas: clip.researchAreas,
    siteTags: clip.siteTags,
    status: null,
    statusAt: null,
    followUp: null,
    published: clip.published,
    duplicateKey: articleDuplicateKey(item.title, person ?? clip.authors.join(', ')),
  };
}

function bodyWords(item: Item): string {
  const clip = item.clip;
  const parts =
    clip.kind === 'job'
      ? [clip.description, ...clip.responsibilities, ...clip.basicQualifications, ...clip.preferredQualifications]
      : [clip.text, clip.hero?.caption ?? '', ...clip.pullQuotes.map((q) => q.text), clip.person?.role ?? '', clip.person?.team ?? ''];
  return uniqueWords(parts.join('\n')).join(' ');
}

/** Words only, folded: "Rustan Leino, Ph.D." and "rustan leino phd" compare equal. */
function comparable(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}

/** Same title by the same person (or byline) at two addresses. */
function articleDuplicateKey(title: string, person: string): string | null {
  const t = comparable(title);
  return t ? `a|${t}|${comparable(person)}` : null;
}

/** A posting re-published under a new id keeps its title and description. */
function jobDuplicateKey(title: string, description: string): string | null {
  const t = comparable(title);
  const d = letterHash(description);
  return t && d ? `j|${t}|${d}` : null;
}

/**
 * A 32-bit FNV-1a hash of the letters and digits of `text`, lower-cased, with their count:
 * enough to group equal descriptions (spacing and punctuation aside) without storing them twice,
 * and cheap enough to run on every job of a 10,000-item import. Null when there are none.
 */
function letterHash(text: string): string | null {
  const lower = text.toLowerCase();
  let hash = 0x811c9dc5;
  let count = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0xc0)) continue;
    hash = Math.imul(hash ^ c, 0x01000193);
    count++;
  }
  return count > 0 ? `${count}.${(hash >>> 0).toString(36)}` : null;
}
