import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VARIANTS } from '../helpers/metamorphic';
import { formatMatrix, judge, runCell, type ByDesign, type Judged, type KnownGaps } from '../helpers/metamorphic/matrix';
import { fixtureNames } from '../helpers/fixtures';

// Metamorphic suite (issue 9): every fixture keeps every expected field under every variant of its
// markup (test/unit/helpers/metamorphic/, docs/metamorphic-tests.md). A cell that loses a field
// fails, unless the field is listed below: BY_DESIGN when the variant really changes what the page
// says, KNOWN_GAPS when the extractor is not good enough yet. The matrix of every cell is written
// to test-results/metamorphic-matrix.md (`npm run metamorphic:matrix` prints it).

/**
 * Fields a fixture cannot keep under a variant because the variant removes their only source, so
 * the page really says less: e.g. a `published` date that only the JSON-LD states, under
 * jsonld-removed or head-bare. None of today's fixtures has one: every field they expect is also
 * shown on the page. An entry whose field survives fails the suite, like a stale gap.
 */
const BY_DESIGN: readonly ByDesign[] = [];

/**
 * Fields lost today because the extractor still reads markup where it should read meaning.
 * fixture → variant → failing fields. Shrink it as the extractor learns; a listed field that
 * passes fails the suite, so the table never hides progress.
 */
const KNOWN_GAPS: KnownGaps = {};

/** One cell is one extraction of a whole page: seconds, not milliseconds, on a loaded 2-core machine. */
const CELL_TIMEOUT = 30_000;

const FIXTURES = fixtureNames();
const CELLS = FIXTURES.flatMap((fixture) => VARIANTS.map((variant) => [fixture, variant.name] as const));
const judged: Judged[] = [];

function explain(cell: Judged): string {
  const where = `${cell.fixture} × ${cell.variant}`;
  const lines = cell.unexpected.flatMap((field) => cell.failures[field]!.map((line) => `    ${line.slice(0, 300)}`));
  const parts = [];
  if (cell.unexpected.length) {
    parts.push(
      `${where} loses ${cell.unexpected.join(', ')}:\n${lines.join('\n')}\n` +
        `  Fix the extractor; or, if the variant removes the field's only source, list it in BY_DESIGN with the reason; ` +
        `or, for a gap the extractor work will close, in KNOWN_GAPS['${cell.fixture}']['${cell.variant}'].`,
    );
  }
  if (cell.stale.length) parts.push(`${where} now keeps ${cell.stale.join(', ')}: remove them from KNOWN_GAPS / BY_DESIGN.`);
  return parts.join('\n');
}

describe('metamorphic: every fixture keeps its expected fields under every variant of its markup', () => {
  afterAll(() => {
    const dir = join(process.cwd(), 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'metamorphic-matrix.md'), formatMatrix(judged, VARIANTS, FIXTURES));
  });

  it.each(CELLS)(
    '%s × %s',
    (fixture, variantName) => {
      const cell = judge(
        runCell(
          fixture,
          VARIANTS.find((v) => v.name === variantName)!,
        ),
        BY_DESIGN,
        KNOWN_GAPS,
      );
      judged.push(cell);
      expect({ lost: cell.unexpected, nowKept: cell.stale }, explain(cell)).toEqual({ lost: [], nowKept: [] });
    },
    CELL_TIMEOUT,
  );

  it('every variant rewrites at least one fixture (a column of n/a would test nothing)', ({ skip }) => {
    if (judged.length !== CELLS.length) skip('only part of the matrix ran');
    const rewrites = new Set(judged.filter((c) => c.changed).map((c) => c.variant));
    expect(VARIANTS.filter((v) => v.name !== 'original' && !rewrites.has(v.name)).map((v) => v.name)).toEqual([]);
  });

  it('every BY_DESIGN and KNOWN_GAPS entry names a fixture and a variant that exist, and says why', () => {
    const variants = VARIANTS.map((v) => v.name);
    const named = [
      ...BY_DESIGN.map((d) => [d.fixture, d.variant]),
      ...Object.entries(KNOWN_GAPS).flatMap(([f, byVariant]) => Object.keys(byVariant).map((v) => [f, v])),
    ];
    expect(named.filter(([f, v]) => !FIXTURES.includes(f!) || !variants.includes(v!))).toEqual([]);
    expect(BY_DESIGN.filter((d) => d.reason.trim().length < 20 || !d.fields.length)).toEqual([]);
  });
});
