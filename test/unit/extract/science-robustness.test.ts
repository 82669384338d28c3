import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readabilityArticle } from '../../../lib/extract/readability-body';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import type { ArticleClip } from '../../../lib/types';
import { loadFixture } from '../helpers/fixtures';

function page(html: string, address = 'https://www.amazon.science/blog/a-post') {
  const url = new URL(address);
  return { doc: new JSDOM(html, { url: url.href }).window.document, url };
}

const PARAGRAPHS = [
  'The first paragraph of the body explains what the team set out to measure and why it mattered to customers.',
  'The second paragraph describes the method, the data that was collected and the baselines it was compared with.',
  'The third paragraph reports the results and what the authors plan to study next, with a link to the paper.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

describe('scienceArticle purity', () => {
  it.each(['science-profile-leino', 'science-qa-rastogi', 'science-blog-overfit'])(
    '%s: extraction leaves the document as it was',
    (name) => {
      const { doc, url } = loadFixture(name);
      const before = doc.documentElement.outerHTML;
      scienceArticle.detect(doc, url);
      scienceArticle.extract(doc, url);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
  );

  it('readabilityArticle reads a clone and leaves the document as it was', () => {
    const { doc } = loadFixture('science-blog-overfit');
    const before = doc.documentElement.outerHTML;
    const read = readabilityArticle(doc);
    expect(read?.text).toContain('The name for this failure is overfitting.');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('scienceArticle on incomplete or broken pages', () => {
  it('malformed JSON-LD is ignored, not fatal', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    doc.querySelector('script[type="application/ld+json"]')!.textContent = '{ "@type": "NewsArticle", "headline": ';
    const clip = scienceArticle.extract(doc, url) as ArticleClip;
    expect(clip.kind).toBe('profile');
    expect(clip.title).toBe('Rustan Leino provides proof that software is bug-free');
  });

  it('a page with only a headline and paragraphs extracts what it has and leaves the rest empty', () => {
    const { doc, url } = page(`<main><h1>A short post</h1>${PARAGRAPHS}</main>`);
    expect(scienceArticle.extract(doc, url)).toMatchObject({
      kind: 'article',
      title: 'A short post',
      dek: null,
      authors: [],
      published: null,
      readingMinutes: null,
      researchAreas: [],
      siteTags: [],
      hero: null,
      pullQuotes: [],
      qa: [],
      person: null,
      jobs: [],
    });
    expect((scienceArticle.extract(doc, url) as ArticleClip).text.split('\n\n')).toHaveLength(3);
  });

  it('the byline and date fall back to JSON-LD when the page shows none', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      datePublished: '2024-02-29T08:00:00Z',
      author: [
        { '@type': 'Person', name: 'Ada Example' },
        { '@type': 'Organization', name: 'Amazon Science' },
      ],
    };
    const { doc, url } = page(
      `<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><main><h1>A post</h1>${PARAGRAPHS}</main>`,
    );
    expect(scienceArticle.extract(doc, url)).toMatchObject({ authors: ['Ada Example'], published: '2024-02-29' });
  });

  it('a page that declares an article but has no readable body still gets one, from Readability', () => {
    const body = PARAGRAPHS.replace(/<p>/g, '<div class="para">').replace(/<\/p>/g, '</div>');
    const { doc, url } = page(
      `<head><meta property="og:type" content="article"></head><body><div><h1>Odd markup</h1><div>${body}${body}</div></div></body>`,
    );
    const clip = scienceArticle.extract(doc, url) as ArticleClip;
    expect(clip.kind).toBe('article');
    expect(clip.text).toContain('The second paragraph describes the method');
  });

  it('readabilityArticle is null for a page with nothing to read', () => {
    expect(readabilityArticle(page('<body></body>').doc)).toBeNull();
  });

  it('an H1 inside the body element does not leak the headline, dek or byline into the text', () => {
    const { doc, url } = page(
      `<article><h1>Headline here</h1><p class="subtitle">A dek that sits right under the headline.</p><p>By Ada Example</p>${PARAGRAPHS}</article>`,
    );
    const clip = scienceArticle.extract(doc, url) as ArticleClip;
    expect(clip).toMatchObject({ title: 'Headline here', dek: 'A dek that sits right under the headline.', authors: ['Ada Example'] });
    expect(clip.text).not.toMatch(/Headline here|A dek that|By Ada/);
    expect(clip.text).toContain('The first paragraph of the body');
  });
});

describe('scienceArticle on other page shapes', () => {
  it('reads an H1 that the page puts in its banner, with the dek and byline beside it', () => {
    const { doc, url } = page(`<body><header><nav><a href="/research-areas/robotics">Robotics</a></nav>
      <div class="title"><h1>Banner headline</h1><h2>A dek in the banner, under the headline.</h2><p>By Ada Example</p></div></header>
      <main><div class="body">${PARAGRAPHS}</div></main></body>`);
    expect(scienceArticle.extract(doc, url)).toMatchObject({
      kind: 'article',
      title: 'Banner headline',
      dek: 'A dek in the banner, under the headline.',
      authors: ['Ada Example'],
      researchAreas: [],
    });
  });
});
