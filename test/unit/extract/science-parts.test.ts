import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { splitCaption } from '../../../lib/extract/amazon-science/hero';
import { findPullQuotes } from '../../../lib/extract/amazon-science/pull-quotes';
import { readQa } from '../../../lib/extract/amazon-science/qa';
import type { ArticleClip } from '../../../lib/types';

const PROSE = [
  'The first paragraph of the body explains what the team set out to measure and why it mattered to customers.',
  'The second paragraph describes the method, the data that was collected and the baselines it was compared with.',
  'The third paragraph reports the results and what the authors plan to study next, with a link to the paper.',
];
const PARAGRAPHS = PROSE.map((p) => `<p>${p}</p>`).join('');

function fragment(html: string): Element {
  const doc = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
  return doc.getElementById('root')!;
}

/** An amazon.science-shaped article: `lead` goes between the H1 and the body, `body` after the paragraphs, `after` after the body. */
function article(
  { before = '', lead = '', body = '', after = '', head = '' } = {},
  address = 'https://www.amazon.science/blog/a-post',
): ArticleClip {
  const url = new URL(address);
  const html = `<head>${head}</head><body><header><nav><p>Research areas</p><ul><li><a href="/research-areas/robotics">Robotics</a></li></ul></nav></header>
    <main><article><div class="top">${before}<h1>The headline</h1>${lead}</div><div class="body">${PARAGRAPHS}${body}</div>${after}</article></main></body>`;
  return scienceArticle.extract(new JSDOM(html, { url: url.href }).window.document, url) as ArticleClip;
}

describe('Q&A', () => {
  it('reads "Q. " and "Q: " questions, drops the marker and an "A. " marker, and joins answer paragraphs', () => {
    const root = fragment(`<p>Intro that is not an answer.</p>
      <p><strong>Q. What do you work on?</strong></p><p>A. Search.</p><p>And ranking.</p>
      <p><b>Q: Why Amazon?</b></p><p>The scale.</p>`);
    expect(readQa(root)).toEqual([
      { q: 'What do you work on?', a: 'Search. And ranking.' },
      { q: 'Why Amazon?', a: 'The scale.' },
    ]);
  });

  it('reads unmarked bold questions only when there are several', () => {
    const two = fragment('<p><strong>What is it?</strong></p><p>A thing.</p><p><strong>Why now?</strong></p><p>Because.</p>');
    expect(readQa(two)).toEqual([
      { q: 'What is it?', a: 'A thing.' },
      { q: 'Why now?', a: 'Because.' },
    ]);
    expect(readQa(fragment('<p><strong>Why does it work?</strong></p><p>It compresses.</p>'))).toEqual([]);
  });

  it('a section heading ends the answer before it', () => {
    const root = fragment('<p>Q. One?</p><p>Yes.</p><h2>Background</h2><p>Not an answer.</p>');
    expect(readQa(root)).toEqual([{ q: 'One?', a: 'Yes.' }]);
  });

  it('an article with question-shaped subheads has no Q&A', () => {
    expect(article({ body: '<h2>Why does it work?</h2><p>Because it compresses.</p>' }).qa).toEqual([]);
  });
});

describe('pull quotes', () => {
  it('reads a blockquote with its figure caption, a cite inside, and none at all', () => {
    const root = fragment(`
      <figure><blockquote><p>First quote.</p></blockquote><figcaption>— Ada Example, senior scientist</figcaption></figure>
      <blockquote>“Second quote.”<footer><cite>Grace Hopper</cite></footer></blockquote>
      <blockquote><p>Third quote.</p></blockquote>`);
    expect(findPullQuotes(root).map((q) => q.quote)).toEqual([
      { text: 'First quote.', by: 'Ada Example' },
      { text: 'Second quote.', by: 'Grace Hopper' },
      { text: 'Third quote.', by: null },
    ]);
  });

  it('reads a pull quote styled without a blockquote (div with an attribution part)', () => {
    const root = fragment(
      '<div class="PullQuote"><div class="PullQuote-quote">Styled quote.</div><div class="PullQuote-attribution">Alan Turing</div></div>',
    );
    expect(findPullQuotes(root).map((q) => q.quote)).toEqual([{ text: 'Styled quote.', by: 'Alan Turing' }]);
  });

  it('skips social-media embeds', () => {
    expect(findPullQuotes(fragment('<blockquote class="twitter-tweet"><p>A tweet</p></blockquote>'))).toEqual([]);
  });

  it('takes pull quotes out of the body text', () => {
    const clip = article({ body: '<blockquote><p>A sentence set large.</p></blockquote>' });
    expect(clip.pullQuotes).toEqual([{ text: 'A sentence set large.', by: null }]);
    expect(clip.text).not.toContain('A sentence set large.');
  });
});

describe('captions and credits', () => {
  it.each([
    [
      '<figcaption><span>The lab.</span> <span class="credit">Credit: Ada Example</span></figcaption>',
      { caption: 'The lab.', credit: 'Ada Example' },
    ],
    [
      '<figcaption><p>The lab.</p><div class="Figure-credit">Sweet Face Photography</div></figcaption>',
      { caption: 'The lab.', credit: 'Sweet Face Photography' },
    ],
    ['<figcaption>The lab. (Photo credit: Ada Example)</figcaption>', { caption: 'The lab.', credit: 'Ada Example' }],
    ['<figcaption>The lab in 2024.</figcaption>', { caption: 'The lab in 2024.', credit: null }],
  ])('%s', (html, expected) => {
    expect(splitCaption(fragment(html).firstElementChild)).toEqual(expected);
  });
});

describe('hero', () => {
  const img = (alt: string) => `<img src="/img/${alt}.jpg" alt="${alt}" width="1200" height="675">`;

  it('is the first image before the body, with its caption', () => {
    const clip = article({ before: `<figure>${img('lead')}<figcaption>The lead.</figcaption></figure>` });
    expect(clip.hero).toEqual({ src: 'https://www.amazon.science/img/lead.jpg', alt: 'lead', caption: 'The lead.', credit: null });
  });

  it('an image first met inside the body is a figure, not the hero', () => {
    const clip = article({ body: `<figure>${img('in-body')}<figcaption>A chart.</figcaption></figure>` });
    expect(clip.hero).toBeNull();
    expect(clip.html).toContain('https://www.amazon.science/img/in-body.jpg');
  });

  it('skips author avatars and icons in the byline', () => {
    const clip = article({
      lead: `<div><a href="/author/ada-example"><img src="/a.jpg" alt="Ada" width="48" height="48">Ada Example</a></div>`,
    });
    expect(clip.hero).toBeNull();
  });
});

describe('labelled blocks and kicker', () => {
  const areas = (items: string[]) =>
    `<div><h2>Research areas</h2><ul>${items.map((i) => `<li><a href="/research-areas/x">${i}</a></li>`).join('')}</ul></div>`;

  it('reads the article block in order, not the navigation that lists every area', () => {
    expect(article({ after: areas(['Machine learning', 'Robotics']) }).researchAreas).toEqual(['Machine learning', 'Robotics']);
  });

  it('puts a research-area kicker first when the block lacks it, once when it has it', () => {
    const kicker = '<div><a href="https://www.amazon.science/research-areas/economics">Economics</a></div>';
    expect(article({ before: kicker, after: areas(['Machine learning']) }).researchAreas).toEqual(['Economics', 'Machine learning']);
    expect(article({ before: kicker, after: areas(['Economics']) }).researchAreas).toEqual(['Economics']);
  });

  it('a kicker that is not a research area is left out', () => {
    expect(article({ before: '<div><a href="/conferences-and-events">Conference coverage</a></div>' }).researchAreas).toEqual([]);
  });

  it('reads "Tags" with a colon, wrapped one level down', () => {
    const tags =
      '<div><div><p>Tags:</p></div><ul><li><a href="/tag/a">Generative AI</a></li><li><a href="/tag/b">Robotics</a></li></ul></div>';
    expect(article({ after: tags }).siteTags).toEqual(['Generative AI', 'Robotics']);
  });
});

describe('byline', () => {
  it('reads a "By" line without author links, cutting the date and reading time', () => {
    const clip = article({ lead: '<p class="byline">By Ada Example, Grace Hopper and Alan Turing | March 3, 2025 | 7 min read</p>' });
    expect(clip).toMatchObject({
      authors: ['Ada Example', 'Grace Hopper', 'Alan Turing'],
      published: '2025-03-03',
      readingMinutes: 7,
      dek: null,
    });
  });

  it('reads author links of the byline only, not of bios or related cards after the body', () => {
    const clip = article({
      lead: '<div>By <a href="/author/ada-example">Ada Example</a></div>',
      after: '<div><p>About the Author</p><a href="/author/grace-hopper">Grace Hopper</a></div>',
    });
    expect(clip.authors).toEqual(['Ada Example']);
  });

  it('a <time datetime> in the lead dates the article when the head does not', () => {
    expect(article({ lead: '<time datetime="2023-11-05T09:00:00Z">Nov. 5</time>' }).published).toBe('2023-11-05');
  });
});

describe('body clean-up', () => {
  it('drops promos, newsletter boxes, share menus, helpfulness prompts and job blocks', () => {
    const clip = article({
      body: `<div class="Enhancement"><p><a href="/blog/other">Another article</a></p><p>Its promo line.</p></div>
        <aside><a href="/newsletter">Sign up for our newsletter</a></aside>
        <ul class="share"><li><a href="https://twitter.com/intent/tweet?url=x">X</a></li><li><a href="mailto:?body=x">Email</a></li></ul>
        <div><span>Was this answer helpful?</span></div>
        <div><h3>Work with us</h3><a href="https://www.amazon.jobs/en/jobs/123/x">A job</a><p>Job text.</p></div>
        <p>Closing paragraph of the article.</p>`,
    });
    expect(clip.text).toContain('Closing paragraph of the article.');
    expect(clip.text).not.toMatch(/Another article|promo line|newsletter|Email|helpful|Work with us|A job|Job text/);
  });

  it('drops video.js player chrome but keeps the figure caption', () => {
    const clip = article({
      body: `<figure><div class="video-js"><span class="vjs-control-text">Video Player is loading.</span><button>Play</button>
        <div class="vjs-playback-rate"><span>Playback Rate</span></div></div><figcaption>What the video shows.</figcaption></figure>`,
    });
    expect(clip.text).toContain('What the video shows.');
    expect(clip.text).not.toMatch(/Video Player is loading|Playback Rate|Play\b/);
  });
});

describe('body clean-up keeps what only looks like a promo', () => {
  it('keeps a picture block whose caption has a link, and a short block with a link inside a sentence', () => {
    const clip = article({
      body: `<div class="Image"><img src="/chart.png" alt="chart" width="800" height="400"><div class="caption">The chart, from <a href="https://arxiv.org/abs/1">the paper</a>.</div></div>
        <div>The code for every experiment in this post is available on <a href="https://github.com/x">GitHub</a> for anyone to reuse.</div>`,
    });
    expect(clip.text).toContain('The chart, from the paper.');
    expect(clip.text).toContain('The code for every experiment in this post is available on GitHub');
    expect(clip.html).toContain('https://www.amazon.science/chart.png');
  });
});

describe('video players without video.js class names', () => {
  it('drops the chrome around a <video> (messages, menus, dialogs) and keeps the caption and nearby prose', () => {
    const clip = article({
      body: `<figure><div role="region" aria-label="Video Player"><video src="/v.mp4"></video>
          <div><span>Video Player is loading.</span></div><ul><li>Chapters</li></ul>
          <div role="dialog"><p>Beginning of dialog window. Escape will cancel and close the window.</p></div></div>
        <figcaption>What the video shows.</figcaption></figure>
        <div><p>A paragraph of prose that sits in a wrapper next to a video and is long enough to be prose, not a label.</p><video src="/w.mp4"></video></div>`,
    });
    expect(clip.text).toContain('What the video shows.');
    expect(clip.text).toContain('A paragraph of prose that sits in a wrapper next to a video');
    expect(clip.text).not.toMatch(/Video Player is loading|Chapters|dialog window/);
  });
});

describe('byline markup', () => {
  it('reads "By" and a name set in separate blocks with no space between them', () => {
    expect(article({ lead: '<div><span>By</span><div><span>Ada Example</span></div></div>' }).authors).toEqual(['Ada Example']);
  });
});
