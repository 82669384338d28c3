import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/registry';
import { MISSING_IMAGE_CLASS, sanitizeForReader } from '../../../lib/reader/sanitize';
import type { ArticleClip } from '../../../lib/types';
import { readerFixture } from './fixtures';

const hostile = readerFixture('hostile-xss');
const vectorIds = hostile.expected._vectors as string[];
const BASE = 'https://www.amazon.science/blog/field-notes-on-markup-that-must-never-run';
const STORED_FIGURE = 'https://cdn.amazon.science/hostile/figure.png';
const FIGURE_BLOB = 'blob:chrome-extension://abcdefghijklmnop/4f2c7a10-0000-4000-8000-000000000001';

/** The body exactly as the page has it: the worst case, a row whose html was never sanitized. */
function rawBody(): string {
  return hostile.document().querySelector('.RichTextArticleBody-body')!.innerHTML;
}

/** What the extractor stores for the page. */
function storedClip(): ArticleClip {
  const clip = extractPage(hostile.document(), new URL(hostile.source));
  if (clip.kind !== 'article' && clip.kind !== 'profile') throw new Error(`hostile page read as ${clip.kind}`);
  return clip;
}

const imageUrl = (key: string) => (key === STORED_FIGURE ? FIGURE_BLOB : null);

function render(html: string): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeForReader(html, document, { baseUrl: BASE, imageUrl }));
  return container;
}

/** Every way a rendered fragment could run code or reach the network, as readable findings. */
function dangers(root: HTMLElement): string[] {
  const found: string[] = [];
  const forbidden =
    'script,style,link,iframe,frame,object,embed,applet,form,input,button,textarea,select,meta,base,svg,math,template,noscript,video,audio,source,picture,marquee,details,map,area,xmp,table[background]';
  for (const el of root.querySelectorAll(forbidden)) found.push(`<${el.localName}>`);
  for (const el of root.querySelectorAll('*')) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${el.localName} in ${el.namespaceURI}`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${el.localName}[${name}]`);
      if (
        ['style', 'srcset', 'id', 'name', 'class', 'action', 'formaction', 'background', 'poster', 'ping', 'xlink:href'].includes(name) &&
        !(name === 'class' && attr.value === MISSING_IMAGE_CLASS)
      ) {
        found.push(`${el.localName}[${name}]`);
      }
    }
  }
  for (const a of root.querySelectorAll('a[href]')) {
    if (!/^(https?|mailto):/.test(a.getAttribute('href')!)) found.push(`a[href=${a.getAttribute('href')}]`);
    if (a.getAttribute('target') !== '_blank' || a.getAttribute('rel') !== 'noopener noreferrer')
      found.push(`a without target/rel: ${a.outerHTML}`);
  }
  for (const img of root.querySelectorAll('img')) {
    if (img.getAttribute('src') !== FIGURE_BLOB) found.push(`img[src=${img.getAttribute('src')}]`);
  }
  return found;
}

describe('the hostile fixture', () => {
  it('carries at least 50 vectors, each present in the page', () => {
    expect(vectorIds.length).toBeGreaterThanOrEqual(50);
    expect(new Set(vectorIds).size).toBe(vectorIds.length);
    for (const id of vectorIds) expect(hostile.html, id).toContain(id);
  });

  it('keeps every body vector in its own element of the article body when parsed', () => {
    const body = hostile.document().querySelector('.RichTextArticleBody-body')!;
    const inBody = [...body.children].filter((el) => el.hasAttribute('data-vector')).map((el) => el.getAttribute('data-vector'));
    expect(inBody).toEqual(vectorIds.filter((id) => hostile.html.includes(`data-vector="${id}"`)));
    expect(inBody.length).toBeGreaterThanOrEqual(50);
  });
});

describe('sanitizeForReader', () => {
  it('leaves nothing that runs or loads in the raw hostile body', () => {
    // An inert document: the unsanitized vectors must not run in the test's own window.
    const unsanitized = document.implementation.createHTMLDocument('').createElement('div');
    unsanitized.innerHTML = rawBody();
    // The probe works: the page as it is has dozens of findings.
    expect(dangers(unsanitized).length).toBeGreaterThan(50);
    const root = render(rawBody());
    expect(dangers(root)).toEqual([]);
    expect(root.textContent).not.toContain("__xss('script-plain')");
    expect(root.textContent).not.toContain('tracker.example/css');
  });

  it('leaves nothing that runs or loads in the html the extractor stored for the hostile page', () => {
    expect(dangers(render(storedClip().html))).toEqual([]);
  });

  it('runs no handler when every event the vectors wait for is fired at the rendered body', () => {
    const raw = fire(rawBody(), false);
    // The probe works: the same events on the unsanitized body do run vectors.
    expect(raw.length).toBeGreaterThan(5);
    expect(fire(rawBody(), true)).toEqual([]);
    expect(fire(storedClip().html, true)).toEqual([]);
  });

  it('keeps the article: headings, paragraphs, pull quote, escaped text as text, the last sentence', () => {
    const root = render(rawBody());
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Mutation XSS');
    expect(root.querySelector('blockquote')?.textContent).toBe('A saved page is data, never code.');
    expect(root.textContent).toContain("Written as text, not markup: <img src=x onerror=__xss('escaped-text')>");
    expect(root.textContent).toContain('If you can read this sentence in the reader, the whole body survived');
  });

  it('shows a stored image from its blob and a placeholder, labelled with its alt, for any other', () => {
    const root = render(rawBody());
    expect(root.querySelector(`img[alt="A figure with a hostile srcset"]`)?.getAttribute('src')).toBe(FIGURE_BLOB);
    const placeholder = root.querySelector(`.${MISSING_IMAGE_CLASS}[aria-label="Image not saved: broken on purpose"]`);
    expect(placeholder?.getAttribute('role')).toBe('img');
    expect(placeholder?.textContent).toContain('broken on purpose');
  });

  it('never sets an image address that is not an object URL, whatever the lookup returns', () => {
    const container = document.createElement('div');
    const html = `<img src="${STORED_FIGURE}" alt="f">`;
    container.append(sanitizeForReader(html, document, { baseUrl: BASE, imageUrl: () => 'https://tracker.example/x.png' }));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector(`.${MISSING_IMAGE_CLASS}`)).not.toBeNull();
  });

  it('resolves relative links against the article, not the extension page, and opens them in a new tab', () => {
    const root = render('<p><a href="/blog/other?x=1#y">other</a> <a href="mailto:a@example.com">mail</a></p>');
    const [relative, mail] = root.querySelectorAll('a');
    expect(relative!.getAttribute('href')).toBe('https://www.amazon.science/blog/other?x=1#y');
    expect(mail!.getAttribute('href')).toBe('mailto:a@example.com');
    for (const a of [relative!, mail!]) expect([a.target, a.rel]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('finds an image stored under its absolute address when the html wrote it relatively', () => {
    const container = document.createElement('div');
    container.append(
      sanitizeForReader('<img src="../hostile/figure.png?a=1&amp;b=2" alt="f">', document, {
        baseUrl: 'https://cdn.amazon.science/x/page',
        imageUrl: (key) => (key === 'https://cdn.amazon.science/hostile/figure.png?a=1&b=2' ? FIGURE_BLOB : null),
      }),
    );
    expect(container.querySelector('img')?.getAttribute('src')).toBe(FIGURE_BLOB);
  });
});

/**
 * Inserts `html` (sanitized or not) into a jsdom page that runs inline handlers, fires at every
 * element the events the vectors wait for, and returns the ids of the vectors that called __xss.
 */
function fire(html: string, sanitize: boolean): string[] {
  const dom = new JSDOM('<!doctype html><body></body>', { url: BASE, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  const { document: doc } = dom.window;
  const calls: string[] = [];
  (dom.window as unknown as { __xss: (id: string) => void }).__xss = (id) => calls.push(id);
  const host = doc.createElement('div');
  if (sanitize) host.append(sanitizeForReader(html, doc, { baseUrl: BASE, imageUrl }));
  else host.innerHTML = html;
  doc.body.append(host);
  const events = ['error', 'load', 'focus', 'click', 'mouseover', 'toggle', 'animationstart', 'begin', 'start'];
  for (const el of host.querySelectorAll('*')) {
    for (const type of events) el.dispatchEvent(new dom.window.Event(type));
  }
  return [...new Set(calls)];
}
