import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/registry';
import { clipImageKeys, decodeAttribute, imageKey, imgSources } from '../../../lib/images/sources';

const FIXTURES = join(__dirname, '../../fixtures');

function stored(name: string) {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const source = String(JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'))._source);
  const doc = new JSDOM(html, { url: source, virtualConsole: new VirtualConsole() }).window.document;
  const clip = extractPage(doc, new URL(source));
  if (clip.kind !== 'article' && clip.kind !== 'profile') throw new Error(`${name} read as ${clip.kind}`);
  return clip;
}

/** What a real HTML parser finds: the scanner must agree with it on every stored body. */
function parsedSources(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><body>${html}`).window.document;
  return [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')).filter((src): src is string => !!src);
}

describe('imgSources', () => {
  it.each(['science-profile-leino', 'science-qa-rastogi', 'science-blog-overfit', 'hostile-xss'])(
    'finds the same image addresses as an HTML parser in the stored body of %s',
    (name) => {
      const { html } = stored(name);
      expect(imgSources(html)).toEqual(parsedSources(html));
    },
  );

  it('reads the profile fixture’s mid-body figure, not the related-content or newsletter images', () => {
    const clip = stored('science-profile-leino');
    const keys = clipImageKeys(clip);
    expect(keys[0]).toBe(clip.hero!.src);
    expect(keys.some((k) => k.includes('rustan-leino-wedding-speech.jpg'))).toBe(true);
    expect(keys.some((k) => k.includes('related-1.png') || k.includes('newsletter'))).toBe(false);
  });

  it('reads quoted, unquoted and single-quoted values, a value holding ">", and skips data-src', () => {
    const html = `<p><img alt="a > b" src="/one.png"><IMG data-src="/no.png" SRC='/two.png'/><img src=/three.png width=1><img alt="no source"></p>`;
    expect(imgSources(html)).toEqual(['/one.png', '/two.png', '/three.png']);
  });

  it('does not take text that merely looks like an image tag', () => {
    expect(imgSources('<p>&lt;img src="/fake.png"&gt;</p><pre>x &lt;img src=y&gt;</pre>')).toEqual([]);
  });
});

describe('decodeAttribute', () => {
  it('decodes the references a serialiser writes and numeric ones, and leaves unknown names alone', () => {
    expect(decodeAttribute('a?x=1&amp;y=&quot;2&quot;&#39;&#x41;&copy;')).toBe('a?x=1&y="2"\'A&copy;');
  });
});

describe('imageKey', () => {
  it('is the absolute address, the same however the page wrote it', () => {
    const page = 'https://www.amazon.science/blog/post';
    expect(imageKey('/img/a.png', page)).toBe('https://www.amazon.science/img/a.png');
    expect(imageKey(' https://www.amazon.science/img/a.png ', page)).toBe('https://www.amazon.science/img/a.png');
    expect(imageKey('http://[bad', page)).toBeNull();
  });
});
