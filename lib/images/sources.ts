import type { ArticleClip } from '../types';

// The background service worker has no DOMParser, so the image addresses of a clip are read from
// its html with a small tag scanner. That html is DOMPurify's output, i.e. the browser's own
// serialisation: every `<` in text is escaped as `&lt;`, so `<img` only ever opens a real tag, and
// attribute values are quoted, so scanning attribute by attribute (not up to the first `>`) reads
// a value that contains `>` correctly.

const IMG_TAG = /<img(?=[\s/>])/gi;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Resolves HTML character references in an attribute value (the ones a serialiser writes, plus numeric ones). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The raw `src` of every `<img>` in `html`, in document order; images without a src are skipped. */
export function imgSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(IMG_TAG)) {
    ATTRIBUTE.lastIndex = tag.index + tag[0].length;
    let attr: RegExpExecArray | null;
    while ((attr = ATTRIBUTE.exec(html))) {
      if (attr[1]!.toLowerCase() !== 'src') continue;
      const value = attr[2] ?? attr[3] ?? attr[4];
      if (value) sources.push(decodeAttribute(value));
      break;
    }
  }
  return sources;
}

/**
 * The key an image is stored under: its absolute address, resolved against the page, so the same
 * picture written relatively on one page and absolutely on another is one row. Null when the
 * value is not an address.
 */
export function imageKey(src: string, baseUrl: string): string | null {
  try {
    return new URL(src.trim(), baseUrl).href;
  } catch {
    return null;
  }
}

/** The keys of a clip's images, hero first, then the body's in order, without duplicates. */
export function clipImageKeys(clip: Pick<ArticleClip, 'url' | 'hero' | 'html'>): string[] {
  const raw = [clip.hero?.src, ...imgSources(clip.html)];
  const keys = raw.map((src) => (src ? imageKey(src, clip.url) : null)).filter((key): key is string => key !== null);
  return [...new Set(keys)];
}
