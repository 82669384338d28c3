// Loads the shared fixtures and compares a clip with an expected subset by the scorer's rules
// (docs/clip-format.md, "Scoring"): NFKC, curly quotes straight, whitespace collapsed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { normalizeText } from '../../../lib/cli/fixture-score';

// Vitest runs from the project root.
const FIXTURES = join(process.cwd(), 'test/fixtures/');

/** Every fixture with an expected file, by name, sorted: tests that enumerate them cover fixtures added later. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.replace(/\.expected\.json$/, ''))
    .sort();
}

export interface Fixture {
  doc: Document;
  url: URL;
  expected: Record<string, unknown> & { _source: string };
}

export function loadFixture(name: string, address?: string): Fixture {
  const expected = JSON.parse(readFileSync(`${FIXTURES}${name}.expected.json`, 'utf8'));
  const url = new URL(address ?? expected._source);
  const doc = new JSDOM(readFileSync(`${FIXTURES}${name}.html`, 'utf8'), { url: url.href }).window.document;
  return { doc, url, expected };
}

/** The contract's string comparison (docs/clip-format.md, "Scoring"), the one `npm run score` uses. */
export const norm = normalizeText;

/** Every way `got` differs from the expected subset `want`, as "path: want … got …" lines. */
export function mismatches(want: unknown, got: unknown, path = '$'): string[] {
  if (want === null) return got === null || got === undefined ? [] : [`${path}: want null got ${JSON.stringify(got)}`];
  if (typeof want === 'string') {
    return typeof got === 'string' && norm(got) === norm(want) ? [] : [`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`];
  }
  if (typeof want !== 'object') return got === want ? [] : [`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`];
  if (Array.isArray(want)) {
    const list = Array.isArray(got) ? got : [];
    const out = list.length === want.length ? [] : [`${path}.length: want ${want.length} got ${list.length}`];
    want.forEach((w, i) => out.push(...(i < list.length ? mismatches(w, list[i], `${path}[${i}]`) : [`${path}[${i}]: missing`])));
    return out;
  }
  if (!got || typeof got !== 'object') return [`${path}: want an object got ${JSON.stringify(got)}`];
  return Object.entries(want as Record<string, unknown>).flatMap(([k, w]) =>
    mismatches(w, (got as Record<string, unknown>)[k], `${path}.${k}`),
  );
}

/** The expected file's checked keys, with `jobIds`/`jobCount`/`textIncludes` turned into checks on the clip. */
export function clipMismatches(expected: Record<string, unknown>, clip: Record<string, unknown>): string[] {
  const out: string[] = [];
  const jobs = (clip.jobs as { jobId: string }[] | undefined) ?? [];
  const text = norm(`${clip.text ?? ''} ${clip.description ?? ''}`);
  for (const [key, want] of Object.entries(expected)) {
    if (key.startsWith('_')) continue;
    if (key === 'jobIds')
      out.push(
        ...mismatches(
          want,
          jobs.map((j) => j.jobId),
          key,
        ),
      );
    else if (key === 'jobCount') out.push(...mismatches(want, jobs.length, key));
    else if (key === 'textIncludes')
      out.push(...(want as string[]).filter((s) => !text.includes(norm(s))).map((s) => `textIncludes: ${s}`));
    else if (key === 'textExcludes') out.push(...(want as string[]).filter((s) => text.includes(norm(s))).map((s) => `textExcludes: ${s}`));
    else out.push(...mismatches(want, clip[key], key));
  }
  return out;
}
