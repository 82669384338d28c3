import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { findJobCards, postingLink } from './lib/extract/job-cards';
import { textLines } from './lib/extract/job-sections';
const url = 'https://www.amazon.science/blog/x';
const doc = new JSDOM(readFileSync(`test/fixtures/science-blog-overfit.html`, 'utf8'), { url }).window.document;
const u = new URL(url);
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const links = Array.from(doc.querySelectorAll('a[href]')).map((a) => postingLink(a, u));
  const a = performance.now() - t; t = performance.now();
  const cards = findJobCards(doc, u);
  const b = performance.now() - t; t = performance.now();
  cards.forEach((c) => textLines(c.element));
  console.log(links.length, a.toFixed(1), b.toFixed(1), (performance.now() - t).toFixed(1));
}
