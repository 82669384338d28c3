// Runs one cell of the metamorphic matrix (a fixture under a variant) through the whole extractor,
// and lays the cells out as the matrix the closing note shows.

import { extractPage } from '../../../../lib/extract/registry';
import { clipMismatches, loadFixture, type Fixture } from '../fixtures';
import type { Variant } from './index';

export interface Cell {
  fixture: string;
  variant: string;
  /** False when the variant found nothing to rewrite on this page: the cell says nothing about it. */
  changed: boolean;
  /** Each failing expected field (a top-level key of the expected file) with its mismatch lines. */
  failures: Record<string, string[]>;
  /** The fields the unchanged fixture already fails. */
  baseline: string[];
}

/** Every fixture with an expected file, so a fixture added to the folder joins the matrix. */
interface Parsed extends Fixture {
  html: string;
  /**
   * Failures by page markup: the extractor is a pure function of the page, so a variant that
   * writes the same markup as another (or as the original) reuses its reading.
   */
  readings: Map<string, Record<string, string[]>>;
}

/** Each fixture is parsed once; every cell works on a deep copy. */
const parsed = new Map<string, Parsed>();

function fixture(name: string): Parsed {
  let entry = parsed.get(name);
  if (!entry) {
    const loaded = loadFixture(name);
    entry = { ...loaded, html: loaded.doc.documentElement.outerHTML, readings: new Map() };
    parsed.set(name, entry);
  }
  return entry;
}

/** "hero.caption: want …" and "textIncludes: …" belong to the fields `hero` and `textIncludes`. */
function fieldOf(mismatch: string): string {
  return /^[^.[:]+/.exec(mismatch)![0];
}

/** The expected output as the variant writes the texts it quotes (see Variant.quoted). */
function expectedUnder(expected: Fixture['expected'], variant: Variant): Fixture['expected'] {
  const quoted = variant.quoted;
  if (!quoted) return expected;
  const rewrite = (key: string) => (Array.isArray(expected[key]) ? { [key]: (expected[key] as string[]).map(quoted) } : {});
  const under = { ...expected, ...rewrite('textIncludes'), ...rewrite('textExcludes') };
  // Unchanged expectations keep their identity, so the reading of the same markup is shared.
  return JSON.stringify(under) === JSON.stringify(expected) ? expected : under;
}

/** The failures of the page whose markup is `html` against `expected`, read (from `page()`) once per distinct markup and expectation. */
function failuresOf(
  entry: Parsed,
  html: string,
  page: () => Document,
  expected: Fixture['expected'] = entry.expected,
): Record<string, string[]> {
  const key = expected === entry.expected ? html : `${html}\u0000${JSON.stringify(expected)}`;
  let failures = entry.readings.get(key);
  if (!failures) {
    const clip = extractPage(page(), entry.url) as unknown as Record<string, unknown>;
    failures = {};
    for (const line of clipMismatches(expected, clip)) (failures[fieldOf(line)] ??= []).push(line);
    entry.readings.set(key, failures);
  }
  return failures;
}

export function runCell(name: string, variant: Variant): Cell {
  const entry = fixture(name);
  const doc = entry.doc.cloneNode(true) as Document;
  variant.apply(doc);
  const html = doc.documentElement.outerHTML;
  const failures = failuresOf(entry, html, () => doc, expectedUnder(entry.expected, variant));
  // The original is read on a copy too, so the parsed fixture stays as loaded whatever the extractor does.
  const baseline = Object.keys(failuresOf(entry, entry.html, () => entry.doc.cloneNode(true) as Document));
  return { fixture: name, variant: variant.name, changed: html !== entry.html, failures, baseline };
}

/** A field a fixture cannot keep under a variant, because the variant removes its only source. */
export interface ByDesign {
  fixture: string;
  variant: string;
  fields: readonly string[];
  reason: string;
}

export type KnownGaps = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export type Verdict = 'pass' | 'n/a' | 'by design' | 'gap' | 'FAIL';

export interface Judged extends Cell {
  verdict: Verdict;
  /** Fields lost because of the variant (the original's own failures are the original column's). */
  lost: string[];
  /** Lost fields BY_DESIGN excuses. */
  excused: string[];
  /** Lost fields listed nowhere. */
  unexpected: string[];
  /** Listed fields that no longer fail: the table is out of date. */
  stale: string[];
}

const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));

export function judge(cell: Cell, byDesign: readonly ByDesign[], knownGaps: KnownGaps): Judged {
  const lost = minus(Object.keys(cell.failures), cell.variant === 'original' ? [] : cell.baseline).sort();
  const designed = byDesign.filter((d) => d.fixture === cell.fixture && d.variant === cell.variant).flatMap((d) => d.fields);
  const listed = knownGaps[cell.fixture]?.[cell.variant] ?? [];
  const excused = lost.filter((f) => designed.includes(f));
  const gaps = minus(lost, excused);
  const unexpected = minus(gaps, listed);
  const stale = [...minus(listed, gaps), ...minus(designed, lost)];
  const verdict: Verdict =
    unexpected.length || stale.length
      ? 'FAIL'
      : gaps.length
        ? 'gap'
        : excused.length
          ? 'by design'
          : cell.changed || cell.variant === 'original'
            ? 'pass'
            : 'n/a';
  return { ...cell, verdict, lost, excused, unexpected, stale };
}

/** The matrix as Markdown: one row per variant, one column per fixture, then every cell that is not a plain pass. */
export function formatMatrix(cells: Judged[], variants: readonly Variant[], fixtures: string[]): string {
  const byKey = new Map(cells.map((c) => [`${c.fixture}\u0000${c.variant}`, c]));
  const mark = (c: Judged | undefined) => {
    if (!c) return 'not run';
    if (c.verdict === 'pass' || c.verdict === 'n/a') return c.verdict;
    if (c.verdict === 'by design') return `by design: ${c.excused.join(', ')}`;
    const parts = [minus(c.lost, c.excused).join(', '), c.stale.length ? `stale: ${c.stale.join(', ')}` : ''].filter(Boolean);
    return `${c.verdict}: ${parts.join('; ')}`;
  };
  const lines = [
    '# Metamorphic matrix (fixture × variant)',
    '',
    'pass: every expected field kept · n/a: the variant found nothing to rewrite on this page · by design: the variant removes',
    "the field's only source (BY_DESIGN) · gap: a known extractor gap (KNOWN_GAPS) · FAIL: a failure listed nowhere.",
    '',
    `| variant | ${fixtures.join(' | ')} |`,
    `| --- | ${fixtures.map(() => '---').join(' | ')} |`,
    ...variants.map((v) => `| ${v.name} | ${fixtures.map((f) => mark(byKey.get(`${f}\u0000${v.name}`))).join(' | ')} |`),
    '',
    '## Variants',
    '',
    ...variants.map((v) => `- **${v.name}**: ${v.summary}`),
    '',
    '## Cells that lose fields',
    '',
  ];
  for (const c of cells.filter((c) => c.lost.length)) {
    lines.push(`- **${c.fixture} × ${c.variant}** (${c.verdict})`);
    for (const field of c.lost)
      for (const line of c.failures[field]!) lines.push(`  - ${line.length > 220 ? `${line.slice(0, 217)}...` : line}`);
  }
  const gaps = new Map<string, Record<string, string[]>>();
  for (const c of cells) {
    const open = minus(c.lost, c.excused);
    if (open.length) gaps.set(c.fixture, { ...(gaps.get(c.fixture) ?? {}), [c.variant]: open });
  }
  lines.push('', '## KNOWN_GAPS as measured (paste into the test when the extractor changes)', '', '```ts', 'const KNOWN_GAPS = {');
  for (const [fixture, byVariant] of gaps) {
    lines.push(`  '${fixture}': {`);
    for (const [variant, fields] of Object.entries(byVariant)) lines.push(`    '${variant}': [${fields.map((f) => `'${f}'`).join(', ')}],`);
    lines.push('  },');
  }
  lines.push('};', '```', '');
  return lines.join('\n');
}
