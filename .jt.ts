import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { amazonJobsPosting } from './lib/extract/amazon-jobs';
import { findJobCards } from './lib/extract/job-cards';
for (const [f, url] of [['science-blog-overfit', 'https://www.amazon.science/blog/x'], ['science-profile-leino', 'https://www.amazon.science/working-at-amazon/x'], ['jobs-detail-virtual', 'https://amazon.jobs/de/jobs/719075/amazon-scholar/'], ['jobs-detail-1324373', 'https://amazon.jobs/de/jobs/1324373/x']]) {
  const doc = new JSDOM(readFileSync(`test/fixtures/${f}.html`, 'utf8'), { url }).window.document;
  const u = new URL(url);
  let a = 0, b = 0; const N = 20;
  for (let i = 0; i < N; i++) {
    let t = performance.now();
    findJobCards(doc, u);
    a += performance.now() - t;
    t = performance.now();
    amazonJobsPosting.detect(doc, u); amazonJobsPosting.extract(doc, u);
    b += performance.now() - t;
  }
  console.log(f, (a / N).toFixed(1), (b / N).toFixed(1));
}
