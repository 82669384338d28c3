// Regression tests for the science-* cells the metamorphic suite listed as gaps (issue "Read pages
// we have never seen"), and for what new fixtures in unseen templates revealed: each one a page
// reduced to the markup that broke the reading, and named after the bug.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import type { ArticleClip } from '../../../lib/types';

const PROSE = [
  'The first paragraph of the body explains what the team set out to measure and why it mattered to customers.',
  'The second paragraph describes the method, the data that was collected and the baselines it was compared with.',
  'The third paragraph reports the results and what the authors plan to study next, with a link to the paper.',
];
const PARAGRAPHS = PROSE.map((p) => `<p>${p}</p>`).join('');
/** An answer long enough to be prose: the interview list is part of the body. */
const ANSWER = 'I answer it at length, with the reasons the team weighed, the data it used and what it would do differently next time.';

function read(body: string, address = 'https://www.amazon.science/blog/a-post'): ArticleClip {
  const url = new URL(address);
  return scienceArticle.extract(new JSDOM(`<body>${body}</body>`, { url: url.href }).window.document, url) as ArticleClip;
}

describe('metamorphic gaps of the science fixtures, closed', () => {
  it('a site menu written as divs above the article does not lend its research-area links to the article (landmarks-as-div)', () => {
    const menu = `<div><a href="/">Amazon Science</a><div><a href="/research-areas/economics">Economics</a>
      <a href="/research-areas/machine-learning">Machine learning</a><a href="/careers">Careers</a></div></div>`;
    const clip = read(`${menu}<div><article><h1>The headline</h1><div>${PARAGRAPHS}</div>
      <div><span>Research areas</span><a href="/research-areas/robotics">Robotics</a></div></article></div>`);
    expect(clip.researchAreas).toEqual(['Robotics']);
  });

  it('marker-only "Q." elements are found when minified markup runs the blocks together (whitespace-minified)', () => {
    const qa = ['Why?', 'How?']
      .map((q) => `<li><div><span>Q.</span><p>${q}</p></div><div><span>A.</span><p>${ANSWER}</p></div></li>`)
      .join('');
    const clip = read(`<article><h1>3 questions with Ada Example</h1><div><div>${PARAGRAPHS}</div><ol>${qa}</ol></div></article>`);
    expect(clip.qa.map((item) => item.q)).toEqual(['Why?', 'How?']);
  });

  it('a "Q." marker before a question wrapped in a div of its own still marks it (blocks-wrapped)', () => {
    const qa = ['Why?', 'How?']
      .map((q) => `<li><div><span>Q.</span> <div><p>${q}</p></div></div> <div><span>A.</span> <div><p>${ANSWER}</p></div></div></li>`)
      .join('\n');
    const clip = read(`<article><h1>3 questions with Ada Example</h1><div><div>${PARAGRAPHS}</div><ol>${qa}</ol></div></article>`);
    expect(clip.qa).toEqual([
      { q: 'Why?', a: ANSWER },
      { q: 'How?', a: ANSWER },
    ]);
  });

  it('an attribution line after the blockquote inside its <figure> credits the quote (pull-quotes-attribution-after)', () => {
    const quote =
      '<figure><blockquote><p>Learning from clicks naively repeats the old ranking.</p></blockquote><p>— Ada Example</p></figure>';
    const clip = read(`<article><h1>The headline</h1><div>${PARAGRAPHS}${quote}<p>${PROSE[0]}</p></div></article>`);
    expect(clip.pullQuotes).toEqual([{ text: 'Learning from clicks naively repeats the old ranking.', by: 'Ada Example' }]);
    expect(clip.text).not.toContain('Ada Example');
  });

  it('a sentence and a <cite> in a div (an aside written as a div) is a pull quote (landmarks-as-div)', () => {
    const quote = '<div><p>A proof about a model is only worth its agreement with the code.</p><cite>Ada Example</cite></div>';
    const clip = read(`<article><h1>The headline</h1><div>${PARAGRAPHS}${quote}<p>${PROSE[1]}</p></div></article>`);
    expect(clip.pullQuotes).toEqual([{ text: 'A proof about a model is only worth its agreement with the code.', by: 'Ada Example' }]);
  });

  it('an attribution paragraph in a wrapper of its own after a wrapped blockquote credits it (blocks-wrapped)', () => {
    const quote =
      '<div><blockquote><p>Every disagreement is a bug in one of them.</p></blockquote></div><div><p>Ada Example, Amazon Scholar</p></div>';
    const clip = read(`<article><h1>The headline</h1><div>${PARAGRAPHS}${quote}<p>${PROSE[2]}</p></div></article>`);
    expect(clip.pullQuotes).toEqual([{ text: 'Every disagreement is a bug in one of them.', by: 'Ada Example' }]);
    expect(clip.text).not.toContain('Amazon Scholar');
  });

  it('a byline set as "By" and a list of names, some unlinked, reads every name (byline-list)', () => {
    const byline =
      '<div><span>By</span> <ul><li><a href="/author/ada-example">Ada Example</a></li><li>Grace Sample</li><li><a href="/author/alan-test">Alan Test</a></li></ul></div>';
    const clip = read(`<article><h1>The headline</h1>${byline}<div>${PARAGRAPHS}</div></article>`);
    expect(clip.authors).toEqual(['Ada Example', 'Grace Sample', 'Alan Test']);
  });

  it('a teaser card whose byline is a list is still a promo, not body text (byline-list)', () => {
    const teaser = `<div><a href="/blog/other"><img src="/t.jpg" alt=""></a><div><div><span>By</span> <ul><li>Photo Archive</li></ul></div>
      <a href="/blog/other">Another article</a><p>Its one-line summary.</p></div></div>`;
    const clip = read(`<article><h1>The headline</h1><div>${PARAGRAPHS}${teaser}<p>${PROSE[0]}</p></div></article>`);
    expect(clip.text).not.toContain('Another article');
  });

  it('a credit set beside the figcaption, inside the lead figure, is the hero credit (lead-credit-apart)', () => {
    const figure =
      '<figure><img src="/lead.jpg" alt="The lab" width="1200" height="600"><figcaption>The lab where the work was done.</figcaption><small>Credit: Ada Example</small></figure>';
    const clip = read(`<article>${figure}<h1>The headline</h1><div>${PARAGRAPHS}</div></article>`);
    expect(clip.hero).toMatchObject({ caption: 'The lab where the work was done.', credit: 'Ada Example' });
  });
});

describe('found by new fixtures in unseen templates', () => {
  it('a group interview whose photo caption orders its people "from left to right" is an article, not a profile', () => {
    const hero = `<div><img src="/interns.jpg" alt="Five interns" width="1600" height="900"><div>From left to right: Ada Example, Grace Sample and Alan Test. These interns worked remotely.</div></div>`;
    const questions = ['What excites you about your field?', 'How did you stay connected?', 'What advice would you give?']
      .map(
        (q) =>
          `<h2>${q}</h2><p>Ada Example, a university, PhD student: I think the work I did will reach customers soon, and I learned a great deal from my mentor and my team.</p>`,
      )
      .join('');
    const clip = read(
      `<div>${hero}<div><h1>Interns discuss what it is like to intern virtually</h1></div><div>${PARAGRAPHS}${questions}</div></div>`,
      'https://www.amazon.science/academic-engagements/interns-discuss',
    );
    expect(clip.qa).toHaveLength(3);
    expect({ kind: clip.kind, person: clip.person }).toEqual({ kind: 'article', person: null });
  });
});
