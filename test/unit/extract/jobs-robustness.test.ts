// Real pages from other sites (../shared/corpus/readability-pages): the job readers must never
// throw on them, and never claim them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsPosting } from '../../../lib/extract/amazon-jobs/posting';
import { findJobCards } from '../../../lib/extract/jobs/cards';
import { scienceCareers } from '../../../lib/extract/amazon-science/careers';

const CORPUS = join(process.cwd(), '../shared/corpus/readability-pages');
const SAMPLE = ['001', 'ars-1', 'medium-1', 'wikipedia', 'youth'];
const pages = existsSync(CORPUS) ? SAMPLE.filter((name) => existsSync(join(CORPUS, name, 'source.html'))) : [];

describe.skipIf(pages.length === 0)('job readers on real pages of other sites (corpus missing: skipped)', () => {
  it.each(pages)(
    '%s: not claimed on its own host, and read without throwing at a posting address',
    (name) => {
      const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
      const load = (address: string) => {
        const url = new URL(address);
        return { doc: new JSDOM(html, { url: url.href, virtualConsole: new VirtualConsole() }).window.document, url };
      };
      const own = load(`https://example.com/${name}/jobs/123/x`);
      expect(amazonJobsPosting.detect(own.doc, own.url)).toBeNull();
      expect(scienceCareers.detect(own.doc, own.url)).toBeNull();
      expect(findJobCards(own.doc, own.url)).toEqual([]);

      const posting = load('https://www.amazon.jobs/en/jobs/123456/x');
      expect(amazonJobsPosting.detect(posting.doc, posting.url)).toBeNull();
      expect(amazonJobsPosting.extract(posting.doc, posting.url)).toMatchObject({ kind: 'job', jobId: '123456' });
      // Two parses of pages up to 450 KB: seconds each on a loaded 2-core machine.
    },
    60_000,
  );
});
