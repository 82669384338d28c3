// `npm run score [DIR]`: runs `npm run extract` over every fixture of DIR (test/fixtures by default)
// and scores its output with the rules of docs/clip-format.md. Prints each mismatch, a line per
// fixture and `score: N/M fields, K/F fixtures whole`; exit 0 when every field matches, 1 when
// one does not, 2 when the extractor could not run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { scoreFixture } from './fixture-score';

const EXTRACT = resolve(import.meta.dirname, 'extract.ts');

function main(dir: string): number {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => file.slice(0, -'.expected.json'.length))
    .sort();
  const expected = new Map(
    names.map((name) => [name, JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>]),
  );
  const list = join(mkdtempSync(join(tmpdir(), 'sc-score-')), 'manifest.json');
  writeFileSync(list, JSON.stringify(names.map((name) => ({ file: join(dir, `${name}.html`), url: expected.get(name)!._source }))));

  const run = spawnSync(process.execPath, ['--import', 'tsx', EXTRACT, '--manifest', list], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.log(run.stderr.trim());
    console.log(`score: the extractor did not run (exit ${run.status})`);
    return 2;
  }
  const clips = new Map<string, Record<string, unknown> | null>();
  for (const line of run.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const result = JSON.parse(line) as { file: string; clip?: Record<string, unknown>; error?: string };
    clips.set(basename(result.file, '.html'), result.clip ?? null);
  }

  let fields = 0;
  let matched = 0;
  let whole = 0;
  for (const name of names) {
    const score = scoreFixture(expected.get(name)!, clips.get(name) ?? null);
    for (const miss of score.mismatches) {
      console.log(
        `  ${name} ${miss.path}: want ${JSON.stringify(miss.want)?.slice(0, 160)} got ${JSON.stringify(miss.got)?.slice(0, 160)}`,
      );
    }
    console.log(`${name}: ${score.matched}/${score.fields} fields${clips.get(name) ? '' : ' (no clip)'}`);
    fields += score.fields;
    matched += score.matched;
    if (score.matched === score.fields) whole++;
  }
  console.log(`score: ${matched}/${fields} fields, ${whole}/${names.length} fixtures whole`);
  return matched === fields ? 0 : 1;
}

process.exit(main(resolve(process.argv[2] ?? 'test/fixtures')));
