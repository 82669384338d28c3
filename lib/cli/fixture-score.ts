// The fixture scoring rules of docs/clip-format.md ("Scoring"), as pure functions: an expected
// file is a subset of the clip; every leaf it names is one field, a list's length is one more.

export interface Mismatch {
  path: string;
  want: unknown;
  got: unknown;
}

export interface FixtureScore {
  fields: number;
  matched: number;
  mismatches: Mismatch[];
}

/** Strings compare after NFKC, straight quotes and hyphens, and collapsed whitespace. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many fields an expected value counts for: what a clip that lacks it entirely loses. */
function fieldCount(want: unknown): number {
  if (want === null || typeof want !== 'object') return 1;
  if (Array.isArray(want)) return 1 + want.reduce((n: number, w) => n + fieldCount(w), 0);
  return Object.values(want).reduce((n: number, w) => n + fieldCount(w), 0);
}

function compare(path: string, want: unknown, got: unknown, score: FixtureScore): void {
  if (want === null || typeof want !== 'object') {
    score.fields++;
    const ok =
      want === null
        ? got === null || got === undefined
        : typeof want === 'string'
          ? typeof got === 'string' && normalizeText(got) === normalizeText(want)
          : got === want;
    if (ok) score.matched++;
    else score.mismatches.push({ path, want, got });
    return;
  }
  if (Array.isArray(want)) {
    const list = Array.isArray(got) ? got : [];
    // The length is one field; elements the list lacks are counted as missed, not skipped.
    score.fields++;
    if (list.length === want.length) score.matched++;
    else score.mismatches.push({ path: `${path}.length`, want: want.length, got: Array.isArray(got) ? got.length : got });
    want.forEach((w, i) => {
      if (i < list.length) compare(`${path}[${i}]`, w, list[i], score);
      else score.fields += fieldCount(w);
    });
    return;
  }
  if (got === null || typeof got !== 'object') {
    score.fields += fieldCount(want);
    score.mismatches.push({ path, want, got });
    return;
  }
  for (const [key, w] of Object.entries(want)) compare(`${path}.${key}`, w, (got as Record<string, unknown>)[key], score);
}

/** Scores one clip (null when the extractor gave none) against its expected file. */
export function scoreFixture(expected: Record<string, unknown>, clip: Record<string, unknown> | null): FixtureScore {
  const score: FixtureScore = { fields: 0, matched: 0, mismatches: [] };
  const text = clip ? normalizeText(`${String(clip.text ?? '')} ${String(clip.description ?? '')}`) : '';
  const jobs = Array.isArray(clip?.jobs) ? (clip.jobs as Array<{ jobId?: unknown }>) : [];
  for (const [key, want] of Object.entries(expected)) {
    // Keys that start with `_` are notes (such as `_source`), not fields.
    if (key.startsWith('_')) continue;
    if (key === 'textIncludes' || key === 'textExcludes') {
      for (const phrase of want as string[]) {
        score.fields++;
        const present = clip !== null && text.includes(normalizeText(phrase));
        if (present === (key === 'textIncludes')) score.matched++;
        else score.mismatches.push({ path: key, want: phrase, got: present ? 'present' : 'absent' });
      }
    } else if (!clip) {
      score.fields += fieldCount(want);
      score.mismatches.push({ path: key, want, got: null });
    } else if (key === 'jobIds') {
      compare(
        key,
        want,
        jobs.map((job) => job.jobId),
        score,
      );
    } else if (key === 'jobCount') {
      compare(key, want, jobs.length, score);
    } else {
      compare(key, want, clip[key], score);
    }
  }
  return score;
}
