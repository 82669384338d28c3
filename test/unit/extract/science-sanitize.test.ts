import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizedChildren, sanitizeHtml } from '../../../lib/extract/sanitize';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeHtml(html, win);
/** The same HTML as the article reader holds it: the children of an element in a document of its own, sanitized in place. */
const cleanInPlace = (html: string) => {
  const root = win.document.implementation.createHTMLDocument('').createElement('div');
  root.innerHTML = html;
  return sanitizedChildren(root, win);
};

describe('sanitizeHtml', () => {
  it('keeps article structure: headings, paragraphs, lists, quotes, figures, tables', () => {
    const html =
      '<h2>Part</h2><p><em>a</em> <strong>b</strong> <code>c</code></p><ul><li>one</li></ul><blockquote><p>q</p></blockquote>' +
      '<figure><img src="https://cdn.example/x.png" alt="x"><figcaption>cap</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(clean(html)).toBe(html);
    expect(cleanInPlace(html)).toBe(html);
  });

  it.each([
    ['a script', '<p>ok</p><script>alert(1)</script>', '<p>ok</p>'],
    ['a style block', '<style>p{}</style><p>ok</p>', '<p>ok</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf"><p>ok</p>', '<p>ok</p>'],
    ['a form and its controls', '<form action="https://evil.example"><input name="q"><button>go</button></form><p>ok</p>', '<p>ok</p>'],
    [
      'meta and base',
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>ok</p>',
      '<p>ok</p>',
    ],
    ['event handlers', '<p onclick="alert(1)" onmouseover="x()">ok</p>', '<p>ok</p>'],
    ['class, id, style and data attributes', '<p class="a" id="b" style="color:red" data-x="1">ok</p>', '<p>ok</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link with a tab and entities', '<a href="jav&#x09;ascript&colon;alert(1)">x</a>', '<a>x</a>'],
    ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['a data: image', '<img src="data:image/png;base64,AAAA" alt="x">', '<img alt="x">'],
    ['svg and math', '<svg><script>alert(1)</script></svg><math><mi>x</mi></math><p>ok</p>', '<p>ok</p>'],
  ])('drops %s', (_what, html, expected) => {
    expect(clean(html)).toBe(expected);
    expect(cleanInPlace(html)).toBe(expected);
  });

  it('opens kept links in a new tab without a way back to the opener', () => {
    const link = '<a href="https://www.amazon.science/blog/x" target="_self" rel="opener">x</a>';
    const safe = '<a href="https://www.amazon.science/blog/x" target="_blank" rel="noopener noreferrer">x</a>';
    expect(clean(link)).toBe(safe);
    expect(cleanInPlace(link)).toBe(safe);
  });

  it('exports its allow-lists for reuse, and they hold nothing executable', () => {
    expect(ALLOWED_TAGS).not.toEqual(expect.arrayContaining(['script']));
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'svg', 'math']) {
      expect(ALLOWED_TAGS).not.toContain(tag);
    }
    expect(ALLOWED_ATTR.some((a) => a.startsWith('on') || a === 'style' || a === 'srcset')).toBe(false);
  });
});

describe("in the window the module was loaded in (the content script: DOMPurify's default instance)", () => {
  it('applies the same rules as in any other window: data: pictures dropped, links opened apart', () => {
    const html =
      '<p>ok<img src="data:image/png;base64,AAAA" alt="x"><a href="https://www.amazon.science/x">a</a><a href="javascript:alert(1)">b</a></p><script>alert(1)</script>';
    const expected = '<p>ok<img alt="x"><a href="https://www.amazon.science/x" target="_blank" rel="noopener noreferrer">a</a><a>b</a></p>';
    expect(clean(html)).toBe(expected);
    expect(sanitizeHtml(html, window)).toBe(expected);
    const root = document.implementation.createHTMLDocument('').createElement('div');
    root.innerHTML = html;
    expect(sanitizedChildren(root, window)).toBe(expected);
  });
});
