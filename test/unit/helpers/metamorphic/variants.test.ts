import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hashedName } from './attributes';
import { readableText } from './dom';
import { apDate, isoTimestamp } from './head';
import { LABELS } from './labels';
import { relativePath } from './links';
import { VARIANTS, type Variant } from './index';

// A page of our own (text and markup written for this test) with something for every variant to
// rewrite: landmarks, classes and ids, JSON-LD with two authors, og/time metas, a lead figure, a
// byline, labels, a pull quote, Q&A markers, bulleted lines, relative and absolute links.
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width">
  <title>Sample - Amazon Science</title>
  <meta name="description" content="A sample dek.">
  <meta property="og:type" content="article">
  <meta property="og:title" content="A sample page">
  <meta property="article:published_time" content="2026-09-10T12:00:00.000">
  <link rel="canonical" href="https://www.amazon.science/blog/a-sample-page">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A sample page","datePublished":"2026-09-10","author":[{"@type":"Person","name":"Ada Example"},{"@type":"Person","name":"Grace Sample"}]}</script>
</head>
<body class="Page">
  <header class="Site-header"><nav id="site-nav" aria-label="Main"><ul><li><a href="/research-areas">Research</a></li><li><a href="https://www.amazon.science/careers">Careers</a></li></ul></nav></header>
  <main class="Page-main" id="main">
    <div class="Lead"><figure class="Lead-figure"><img src="https://cdn.amazon.science/sample.png" alt="A sample image"><figcaption class="Lead-caption"><span>A caption for the sample image.</span> <span class="Lead-credit">Credit: Sam Photographer</span></figcaption></figure></div>
    <div class="Header">
      <h1 class="Headline">A sample page</h1>
      <div class="Byline"><span>By</span> <a href="/author/ada-example">Ada Example</a>, <a href="https://www.amazon.science/author/grace-sample">Grace Sample</a></div>
      <time datetime="2026-09-10">September 10, 2026</time>
    </div>
    <div class="Body">
      <p>This first paragraph of the sample is long enough to read as prose: it talks about nothing in particular, at some length, so that every reader and every rule takes it for the start of the body of the page.</p>
      <h2>A section</h2>
      <p>Q. What does the sample ask?</p>
      <p>A. It asks nothing, and answers at length all the same, as interviews do.</p>
      <figure class="Quote"><blockquote><p>A sample says what it is told.</p></blockquote><figcaption>Ada Example</figcaption></figure>
      <h3>A subsection</h3>
      <p>What the role needs:<br>- A first bullet<br>- A second bullet</p>
      <pre>  keep   this   spacing  </pre>
      <aside class="Promo"><p>Sign up for the sample newsletter.</p></aside>
      <label for="q">Search</label><input id="q" name="q">
      <a href="#main">Back to top</a> <a href="../tag/sample">Sample tag</a>
    </div>
    <section class="Areas"><p class="Areas-title">Research areas</p><ul><li><a href="https://www.amazon.science/research-areas/machine-learning">Machine learning</a></li></ul></section>
    <div class="Tags"><h2>Tags:</h2><ul><li><a href="/tag/sample">Sample</a></li></ul></div>
  </main>
  <footer class="Site-footer"><p>Footer text</p><a href="https://www.amazon.jobs/en/search">Jobs</a></footer>
</body></html>`;
const ADDRESS = 'https://www.amazon.science/blog/a-sample-page';

const SAMPLE = new JSDOM(PAGE, { url: ADDRESS }).window.document;

/** A fresh document of `html`; the sample page is parsed once and copied. */
function page(html = PAGE, address = ADDRESS): Document {
  if (html === PAGE && address === ADDRESS) return SAMPLE.cloneNode(true) as Document;
  return new JSDOM(html, { url: address }).window.document;
}

function variant(name: string): Variant {
  const found = VARIANTS.find((v) => v.name === name);
  if (!found) throw new Error(`no variant ${name}`);
  return found;
}

function applied(name: string, html = PAGE, address = ADDRESS): Document {
  const doc = page(html, address);
  variant(name).apply(doc);
  return doc;
}

const serialized = (doc: Document) => doc.documentElement.outerHTML;
const bodyText = (doc: Document) => readableText(doc.body);
const resolvedLinks = (doc: Document) =>
  [...doc.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, doc.baseURI).href);
const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');

/** Variants that change markup only: the page reads the same, word for word. */
const SAME_TEXT = [
  'classes-hashed',
  'classes-removed',
  'containers-swapped',
  'landmarks-as-div',
  'jsonld-removed',
  'jsonld-malformed',
  'jsonld-partial',
  'dates-timestamp',
  'meta-removed',
  'head-bare',
  'links-root-relative',
  'links-page-relative',
  'links-absolute',
  'headings-down',
  'headings-up',
  'labels-dt',
  'lead-figure-wrapped',
  'lead-credit-apart',
  'blocks-wrapped',
  'reflowed-attributes-shuffled',
  'whitespace-minified',
  'component-app',
];

describe('the metamorphic variants', () => {
  it('have unique names and a summary each', () => {
    const names = VARIANTS.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    expect(VARIANTS.filter((v) => v.summary.length < 10)).toEqual([]);
  });

  it.each(VARIANTS.filter((v) => v.name !== 'original').map((v) => v.name))('%s rewrites the sample page', (name) => {
    expect(serialized(applied(name))).not.toBe(serialized(page()));
  });

  it.each(VARIANTS.map((v) => v.name))('%s is deterministic', (name) => {
    expect(serialized(applied(name))).toBe(serialized(applied(name)));
  });

  it.each(VARIANTS.map((v) => v.name))('%s writes markup the HTML parser reads back unchanged', (name) => {
    const doc = applied(name);
    const reparsed = page(`<!DOCTYPE html>${serialized(doc)}`);
    expect(serialized(reparsed)).toBe(serialized(doc));
  });

  it.each(SAME_TEXT)('%s keeps the text a reader sees, and <pre> text byte for byte', (name) => {
    const doc = applied(name);
    expect(bodyText(doc)).toBe(bodyText(page()));
    expect(doc.querySelector('pre')?.textContent).toBe('  keep   this   spacing  ');
  });
});

describe('classes and ids', () => {
  it('classes-hashed renames every class and id to a stable hashed name and keeps id references pointing at them', () => {
    const doc = applied('classes-hashed');
    const tokens = [...doc.querySelectorAll('[class]')].flatMap((el) => el.getAttribute('class')!.split(' '));
    expect(tokens.length).toBeGreaterThan(5);
    expect(tokens.filter((t) => !/^_[0-9a-f]{6}$/.test(t))).toEqual([]);
    expect(doc.body.getAttribute('class')).toBe(hashedName('Page'));
    expect(doc.querySelector('label')!.getAttribute('for')).toBe(doc.querySelector('input')!.id);
    expect(doc.querySelector(`a[href="#${hashedName('main')}"]`)).not.toBeNull();
    expect(doc.getElementById(hashedName('main'))?.tagName).toBe('MAIN');
  });

  it('classes-removed leaves no class or id attribute anywhere', () => {
    expect(applied('classes-removed').querySelectorAll('[class], [id]')).toHaveLength(0);
  });
});

describe('containers and landmarks', () => {
  it('containers-swapped gives every container holding blocks another generic tag, and creates no main or aside', () => {
    const before = page();
    const after = applied('containers-swapped');
    const tags = (doc: Document) => [...doc.body.querySelectorAll('div, section, article')].map((el) => el.className);
    expect(after.querySelector('.Lead')!.tagName).not.toBe('DIV');
    expect(after.querySelector('.Areas')!.tagName).not.toBe('SECTION');
    expect(after.querySelector('.Byline')!.tagName).toBe('DIV');
    expect(tags(after).sort()).toEqual(tags(before).sort());
    expect(after.querySelectorAll('main')).toHaveLength(1);
    expect(after.querySelectorAll('aside')).toHaveLength(1);
  });

  it('landmarks-as-div leaves no main, header, footer, nav or aside, and keeps their attributes', () => {
    const doc = applied('landmarks-as-div');
    expect(doc.querySelectorAll('main, header, footer, nav, aside')).toHaveLength(0);
    expect(doc.getElementById('main')?.tagName).toBe('DIV');
    expect(doc.querySelector('[aria-label="Main"]')?.tagName).toBe('DIV');
  });
});

describe('metadata', () => {
  it('jsonld-removed removes every block', () => {
    expect(jsonLd(applied('jsonld-removed'))).toEqual([]);
  });

  it('jsonld-malformed leaves blocks that do not parse, and adds one to a page without any', () => {
    const blocks = jsonLd(applied('jsonld-malformed'));
    expect(blocks).toHaveLength(1);
    expect(() => JSON.parse(blocks[0]!)).toThrow();
    const bare = jsonLd(applied('jsonld-malformed', PAGE.replace(/<script type="application\/ld\+json">.*?<\/script>/, '')));
    expect(bare).toHaveLength(1);
    expect(bare[0]).toContain('"headline": "A sample page"');
    expect(() => JSON.parse(bare[0]!)).toThrow();
  });

  it('jsonld-partial keeps the first author, writes dates in AP style and removes the time metas it replaces', () => {
    const doc = applied('jsonld-partial');
    const block = JSON.parse(jsonLd(doc)[0]!);
    expect(block.author).toEqual([{ '@type': 'Person', name: 'Ada Example' }]);
    expect(block.datePublished).toBe('Sept. 10, 2026');
    expect(doc.querySelector('meta[property="article:published_time"]')).toBeNull();
  });

  it('jsonld-partial gives an og:type=article page without JSON-LD a block from its byline and published_time', () => {
    const doc = applied('jsonld-partial', PAGE.replace(/<script type="application\/ld\+json">.*?<\/script>/, ''));
    expect(JSON.parse(jsonLd(doc)[0]!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A sample page',
      author: [{ '@type': 'Person', name: 'Ada Example' }],
      datePublished: 'Sept. 10, 2026',
    });
  });

  it('jsonld-partial keeps the time metas when no JSON-LD date replaces them', () => {
    const html = PAGE.replace(/<script type="application\/ld\+json">.*?<\/script>/, '').replace('content="article"', 'content="website"');
    expect(applied('jsonld-partial', html).querySelector('meta[property="article:published_time"]')).not.toBeNull();
  });

  it('dates-timestamp writes every machine-readable date as a timestamp on the same day', () => {
    const doc = applied('dates-timestamp');
    expect(JSON.parse(jsonLd(doc)[0]!).datePublished).toBe('2026-09-10T08:30:00.000-04:00');
    expect(doc.querySelector('meta[property="article:published_time"]')!.getAttribute('content')).toBe('2026-09-10T08:30:00.000-04:00');
    expect(doc.querySelector('time')!.getAttribute('datetime')).toBe('2026-09-10T08:30:00.000-04:00');
    expect(new Date('2026-09-10T08:30:00.000-04:00').toISOString().slice(0, 10)).toBe('2026-09-10');
  });

  it('AP-style dates and timestamps are made from the ISO date only', () => {
    expect(['2026-01-05', '2026-03-03T12:00:00Z', '2026-09-10T23:59:00.000', '2026-12-31'].map(apDate)).toEqual([
      'Jan. 5, 2026',
      'March 3, 2026',
      'Sept. 10, 2026',
      'Dec. 31, 2026',
    ]);
    expect(apDate('March 3, 2026')).toBe('March 3, 2026');
    expect(isoTimestamp('not a date')).toBe('not a date');
  });

  it('meta-removed keeps only the charset and viewport metas and drops the canonical link', () => {
    const doc = applied('meta-removed');
    expect([...doc.querySelectorAll('meta')].map((m) => m.getAttribute('name') ?? (m.hasAttribute('charset') ? 'charset' : '?'))).toEqual([
      'charset',
      'viewport',
    ]);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(jsonLd(doc)).toHaveLength(1);
  });

  it('head-bare leaves neither named metas nor JSON-LD', () => {
    const doc = applied('head-bare');
    expect(doc.querySelectorAll('meta[property], meta[name="description"], script[type="application/ld+json"]')).toHaveLength(0);
  });
});

describe('links', () => {
  it('links-root-relative writes same-site links as /path and other Amazon hosts scheme-relative, every address unchanged', () => {
    const doc = applied('links-root-relative');
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/careers');
    expect(hrefs).toContain('/research-areas/machine-learning');
    expect(hrefs).toContain('/tag/sample');
    expect(hrefs).toContain('//www.amazon.jobs/en/search');
    expect(hrefs).toContain('#main');
    expect(resolvedLinks(doc)).toEqual(resolvedLinks(page()));
    expect(doc.querySelector('a[href="#main"]')).not.toBeNull();
  });

  it('links-page-relative writes same-site links relative to the page, every address unchanged', () => {
    const doc = applied('links-page-relative');
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('../careers');
    expect(hrefs).toContain('../research-areas/machine-learning');
    expect(hrefs).toContain('../author/ada-example');
    expect(hrefs).toContain('//www.amazon.jobs/en/search');
    expect(resolvedLinks(doc)).toEqual(resolvedLinks(page()));
  });

  it('links-absolute writes every relative link out in full, every address unchanged', () => {
    const doc = applied('links-absolute');
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => !/^https:\/\//.test(h))).toEqual(['#main']);
    expect(hrefs).toContain('https://www.amazon.science/tag/sample');
    expect(resolvedLinks(doc)).toEqual(resolvedLinks(page()));
  });

  it('makes no link depend on a <base> that points elsewhere', () => {
    const html = PAGE.replace('<body class="Page">', '<body class="Page"><base href="https://elsewhere.example/x/">');
    const sameSite = (doc: Document) =>
      [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.includes('www.amazon.jobs'));
    for (const name of ['links-root-relative', 'links-page-relative', 'links-absolute']) {
      const doc = applied(name, html);
      expect(sameSite(doc)).toEqual(sameSite(page(html)));
      expect(resolvedLinks(doc)).toEqual(resolvedLinks(page(html)));
    }
  });

  it.each([
    ['/blog/a', '/research-areas/x', '../research-areas/x'],
    ['/blog/a', '/blog/b', 'b'],
    ['/blog/a', '/', '../'],
    ['/blog/a', '/blog/', './'],
    ['/careers', '/careers', 'careers'],
    ['/a/b/c', '/a/x', '../x'],
    ['/blog/a', '/x:y', '../x:y'],
    ['/a', '/x:y', './x:y'],
  ])('relativePath(%s, %s) is %s', (from, to, rel) => {
    expect(relativePath(from, to)).toBe(rel);
    expect(new URL(rel, `https://h${from}`).pathname).toBe(to);
  });
});

describe('headings and labels', () => {
  const levels = (doc: Document) => [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName);

  it('headings-down moves h2–h5 one level deeper and leaves the H1', () => {
    expect(levels(page())).toEqual(['H1', 'H2', 'H3', 'H2']);
    expect(levels(applied('headings-down'))).toEqual(['H1', 'H3', 'H4', 'H3']);
  });

  it('headings-up moves h3–h6 one level up and leaves the H1 and h2', () => {
    expect(levels(applied('headings-up'))).toEqual(['H1', 'H2', 'H2', 'H2']);
  });

  const label = (doc: Document, text: RegExp) =>
    [...doc.body.querySelectorAll('*')].filter((el) => text.test(el.textContent?.trim() ?? '') && !el.children.length);

  it.each([
    ['labels-h2-upper', 'H2', 'RESEARCH AREAS', 'TAGS:'],
    ['labels-h3-lower', 'H3', 'research areas', 'tags:'],
    ['labels-p-title', 'P', 'Research Areas', 'Tags:'],
  ])('%s writes each label as a bare %s in its case', (name, tag, areas, tags) => {
    const doc = applied(name);
    for (const text of [areas, tags]) {
      const [el] = label(doc, new RegExp(`^${text}$`));
      expect(el?.tagName).toBe(tag);
      expect(el?.attributes).toHaveLength(0);
    }
  });

  it('labels-strong-sentence writes each label as a bold paragraph in Sentence case', () => {
    const doc = applied('labels-strong-sentence');
    expect(label(doc, /^Research areas$/)[0]?.parentElement?.outerHTML).toBe('<p><strong>Research areas</strong></p>');
    expect(label(doc, /^Tags:$/)[0]?.parentElement?.outerHTML).toBe('<p><strong>Tags:</strong></p>');
  });

  it('labels-dt writes each label as a <dt> with what follows it in the <dd>', () => {
    const doc = applied('labels-dt');
    const lists = [...doc.querySelectorAll('dl')];
    expect(lists.map((dl) => dl.querySelector('dt')!.textContent)).toEqual(['Research areas', 'Tags:']);
    expect(lists.map((dl) => dl.querySelector('dd > ul a')!.textContent)).toEqual(['Machine learning', 'Sample']);
  });

  it('leaves words that are links, and labels inside running text, alone', () => {
    const html = PAGE.replace('</main>', '<p>See <a href="/research-areas/">Research areas</a> and the Tags below.</p></main>');
    const doc = applied('labels-h2-upper', html);
    expect(doc.querySelector('a[href="/research-areas/"]')!.textContent).toBe('Research areas');
    expect(doc.body.textContent).toContain('and the Tags below.');
  });

  it('label on a line of its own inside a paragraph replaced the whole paragraph: now it is set apart and every other line kept', () => {
    const html = PAGE.replace(
      '</main>',
      '<p id="d">We build models.<br><br>Key job responsibilities<br>- Ship them<br><br>About the team</p></main>',
    );
    const doc = applied('labels-h2-upper', html);
    const label = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'KEY JOB RESPONSIBILITIES')!;
    expect(label.previousElementSibling?.outerHTML).toBe('<p id="d">We build models.</p>');
    expect(label.nextElementSibling?.outerHTML).toBe('<p>- Ship them<br><br>About the team</p>');
    const dt = [...applied('labels-dt', html).querySelectorAll('dl')].at(-1)!;
    expect([dt.querySelector('dt')!.textContent, dt.querySelector('dd')!.textContent]).toEqual([
      'Key job responsibilities',
      '- Ship themAbout the team',
    ]);
  });

  it('a label-case variant writes the labels the expected file quotes in its case, and nothing else', () => {
    expect(variant('labels-h2-upper').quoted!('Key job responsibilities')).toBe('KEY JOB RESPONSIBILITIES');
    expect(variant('labels-p-title').quoted!('Basic qualifications:')).toBe('Basic Qualifications:');
    expect(variant('labels-h3-lower').quoted!('A typical day mixes modeling')).toBe('A typical day mixes modeling');
    expect(variant('labels-dt').quoted).toBeUndefined();
  });

  it('knows the labels the brief names', () => {
    expect(LABELS).toEqual([
      'Research areas',
      'Tags',
      'Key job responsibilities',
      'Basic qualifications',
      'Preferred qualifications',
      'Description',
    ]);
  });
});

describe('bylines', () => {
  const byline = (doc: Document) => doc.querySelector('h1')!.nextElementSibling!;

  it('byline-list writes the names as a list of their links, without "By" when every name links to an author page', () => {
    expect(byline(applied('byline-list')).outerHTML).toBe(
      '<ul><li><a href="/author/ada-example">Ada Example</a></li><li><a href="https://www.amazon.science/author/grace-sample">Grace Sample</a></li></ul>',
    );
  });

  it('byline-list keeps "By" when a name has no author link', () => {
    const doc = applied('byline-list', PAGE.replace('<a href="/author/ada-example">Ada Example</a>', 'Ada Example'));
    expect(readableText(byline(doc))).toBe('By Ada Example Grace Sample');
  });

  it('byline-sentence-mixed writes one sentence with only the first name linked', () => {
    expect(byline(applied('byline-sentence-mixed')).outerHTML).toBe(
      '<p>By <a href="/author/ada-example">Ada Example</a> and Grace Sample</p>',
    );
  });

  it('byline-sentence-plain writes "By A, B, and C" with no links', () => {
    const three = PAGE.replace('Grace Sample</a>', 'Grace Sample</a>, <a href="/author/lin-third">Lin Third</a>');
    expect(byline(applied('byline-sentence-plain', three)).outerHTML).toBe('<p>By Ada Example, Grace Sample, and Lin Third</p>');
  });

  it('leaves a byline that also holds a date alone', () => {
    const html = PAGE.replace('Grace Sample</a></div>', 'Grace Sample</a> | September 10, 2026</div>');
    expect(serialized(applied('byline-sentence-plain', html))).toBe(serialized(page(html)));
  });
});

describe('quotes, interviews and bullets', () => {
  it('pull-quotes-as-aside writes the attributed quote as an aside with a cite', () => {
    const aside = applied('pull-quotes-as-aside').querySelector('aside:not(.Promo)')!;
    expect(aside.outerHTML).toBe('<aside><p>A sample says what it is told.</p><cite>Ada Example</cite></aside>');
  });

  it('pull-quotes-attribution-after writes a bare blockquote and a separate attribution line', () => {
    const quote = applied('pull-quotes-attribution-after').querySelector('blockquote')!;
    expect(quote.parentElement!.className).toBe('Body');
    expect(quote.nextElementSibling!.outerHTML).toBe('<p>\u2014 Ada Example</p>');
  });

  it('qa-markers-removed drops the "Q." and "A." markers and nothing else', () => {
    const texts = [...applied('qa-markers-removed').querySelectorAll('.Body > p')].map((p) => p.textContent);
    expect(texts).toContain('What does the sample ask?');
    expect(texts).toContain('It asks nothing, and answers at length all the same, as interviews do.');
  });

  it('bullets-as-list writes the bulleted lines as a list after a paragraph of the lead line', () => {
    const list = applied('bullets-as-list').querySelector('.Body ul')!;
    expect(list.previousElementSibling!.outerHTML).toBe('<p>What the role needs:</p>');
    expect(list.outerHTML).toBe('<ul><li>A first bullet</li><li>A second bullet</li></ul>');
  });
});

describe('wrappers and whitespace', () => {
  it('lead-figure-wrapped puts the lead figure two divs deep, its image in a picture and its caption in nested divs', () => {
    const figure = applied('lead-figure-wrapped').querySelector('figure')!;
    expect(figure.parentElement!.outerHTML.startsWith('<div><figure')).toBe(true);
    expect(figure.parentElement!.parentElement!.tagName).toBe('DIV');
    expect(figure.querySelector('picture > source[srcset="https://cdn.amazon.science/sample.png"] + img')).not.toBeNull();
    expect(figure.querySelector('figcaption > div > div > span')!.textContent).toBe('A caption for the sample image.');
  });

  it('lead-credit-apart moves the credit line out of the caption into a <small> after it, label and words kept', () => {
    const figure = applied('lead-credit-apart').querySelector('figure')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe('A caption for the sample image. ');
    expect(figure.querySelector('figcaption + small')!.outerHTML).toBe('<small>Credit: Sam Photographer</small>');
  });

  it('lead-figure-wrapped leaves a figure after the first paragraph of prose alone', () => {
    expect(applied('lead-figure-wrapped').querySelector('figure.Quote')!.parentElement!.className).toBe('Body');
  });

  it('blocks-wrapped puts every paragraph, heading and list in a div of its own', () => {
    const doc = applied('blocks-wrapped');
    const blocks = [...doc.body.querySelectorAll('p, h1, h2, h3, ul, blockquote, figure, pre')];
    expect(blocks.filter((b) => b.parentElement!.tagName !== 'DIV' || b.parentElement!.children.length !== 1)).toEqual([]);
  });

  it('reflowed-attributes-shuffled changes the whitespace and the attribute order, nothing else', () => {
    const before = page();
    const after = applied('reflowed-attributes-shuffled');
    expect(after.querySelector('h1')!.textContent).toMatch(/^\n\s+A[\s]+sample[\s]+page\n\s+$/);
    const attrs = (doc: Document) => [...doc.querySelectorAll('*')].map((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attrs(after).map((list) => [...list].sort())).toEqual(attrs(before).map((list) => [...list].sort()));
    expect(attrs(after)).not.toEqual(attrs(before));
  });

  it('whitespace-minified removes whitespace between blocks, and keeps one space where an inline element is a neighbour', () => {
    const doc = applied('whitespace-minified');
    expect(doc.querySelector('.Header')!.innerHTML).toBe(
      '<h1 class="Headline">A sample page</h1><div class="Byline"><span>By</span> <a href="/author/ada-example">Ada Example</a>, <a href="https://www.amazon.science/author/grace-sample">Grace Sample</a></div> <time datetime="2026-09-10">September 10, 2026</time> ',
    );
  });
});
