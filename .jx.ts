import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { amazonJobsPosting } from './lib/extract/amazon-jobs';
import { findJobCards } from './lib/extract/job-cards';
const [file, url, mode] = process.argv.slice(2);
const doc = new JSDOM(readFileSync(file, 'utf8'), { url }).window.document;
const u = new URL(url);
if (mode === 'cards') console.log(JSON.stringify(findJobCards(doc, u).map(c => ({ el: c.element.tagName + '.' + c.element.className, ...c.job })), null, 1));
else { console.log(amazonJobsPosting.detect(doc, u)); console.log(JSON.stringify(amazonJobsPosting.extract(doc, u), null, 1)); }
