import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { amazonJobsPosting } from './lib/extract/amazon-jobs';
import { scienceCareers } from './lib/extract/science-careers';
import { findJobCards } from './lib/extract/job-cards';
const dir = '/work/shared/corpus/readability-pages';
let n = 0, worst = 0, worstName = '';
for (const name of readdirSync(dir)) {
  let html: string;
  try { html = readFileSync(`${dir}/${name}/source.html`, 'utf8'); } catch { continue; }
  for (const url of ['https://www.amazon.jobs/en/jobs/123456/x', `https://example.com/${name}`, 'https://www.amazon.science/careers']) {
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const u = new URL(url);
    const t = performance.now();
    const d = amazonJobsPosting.detect(doc, u);
    const e = amazonJobsPosting.extract(doc, u);
    const c = findJobCards(doc, u);
    const s = scienceCareers.detect(doc, u);
    const ms = performance.now() - t;
    if (ms > worst) { worst = ms; worstName = name; }
    if (url.includes('example') && (d || s)) console.log('DETECTED', name, url, d, s);
    if (url.includes('amazon.jobs') && d) console.log('job detected on', name);
    if (c.length) console.log('cards on', name, c.length);
    n++;
    void e;
  }
}
console.log(n, 'runs; slowest', worst.toFixed(0), 'ms', worstName);
