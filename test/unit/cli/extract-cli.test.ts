// `npm run extract` as the contract specifies it: one clip per file, one JSON line per manifest
// entry, and exit 2 with a clear message for input that is not an HTML page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'test/fixtures');
const LEINO_URL =
  'https://www.amazon.science/working-at-amazon/rustan-leino-provides-proof-that-software-is-bug-free?utm_source=newsletter';

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'sc-cli-'));
const empty = join(scratch, 'empty.html');
const binary = join(scratch, 'image.html');
const json = join(scratch, 'data.html');
writeFileSync(empty, '  \n');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
writeFileSync(json, '{"not": "html"}');

describe('npm run extract', () => {
  it('prints one clip for a file and its address', () => {
    const run = extract('--url', LEINO_URL, join(FIXTURES, 'science-profile-leino.html'));
    expect(run.status).toBe(0);
    const clip = JSON.parse(run.stdout);
    expect(clip).toMatchObject({ kind: 'profile', url: LEINO_URL.replace(/\?.*$/, ''), person: { name: 'Rustan Leino' } });
  }, 30_000);

  it.each([
    ['a missing file', join(scratch, 'nope.html'), /no such file/],
    ['an empty file', empty, /empty/],
    ['a binary file', binary, /not an HTML page/],
    ['a JSON file', json, /not an HTML page/],
  ])(
    'refuses %s with a message and exit 2',
    (_what, file, message) => {
      const run = extract('--url', 'https://www.amazon.science/blog/x', file);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    },
    30_000,
  );

  it('needs --url for a single file', () => {
    const run = extract(join(FIXTURES, 'science-profile-leino.html'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--url is required/);
  }, 30_000);

  it('runs every manifest entry, reporting a bad one on its own line', () => {
    const manifest = join(scratch, 'list.json');
    writeFileSync(
      manifest,
      JSON.stringify([
        { file: join(FIXTURES, 'jobs-detail-virtual.html'), url: 'https://amazon.jobs/de/jobs/719075/amazon-scholar/' },
        { file: empty, url: 'https://www.amazon.science/blog/x' },
        { file: join(FIXTURES, 'amazon-product.html'), url: 'https://www.amazon.com/dp/B0EXAMPLE1' },
      ]),
    );
    const run = extract('--manifest', manifest);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ clip: { kind: 'job', jobId: '719075' } });
    expect(typeof lines[0].ms).toBe('number');
    expect(lines[1]).toMatchObject({ file: empty, error: expect.stringMatching(/empty/) });
    expect(lines[2]).toMatchObject({ clip: { kind: null, url: 'https://www.amazon.com/dp/B0EXAMPLE1' } });
  }, 30_000);
});
