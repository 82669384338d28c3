// Link addresses written in another form that resolves to the same address: absolute amazon.science
// and amazon.jobs links as root-relative, page-relative or scheme-relative ones, and the reverse.
// Only `a` and `area` hrefs; in-page "#fragment" links, and links whose address would depend on a
// <base> element, are left alone.

const AMAZON_HOST = /(?:^|\.)amazon\.(?:science|jobs)$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

type Rewrite = (target: URL, page: URL, raw: string) => string | null;

function resolve(raw: string, base: string): string | null {
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** Applies `rewrite` to every http(s) link, keeping only rewrites that still lead to the same address. */
function rewriteLinks(doc: Document, rewrite: Rewrite): void {
  const page = new URL(doc.URL);
  for (const a of doc.querySelectorAll('a[href], area[href]')) {
    const raw = a.getAttribute('href')!;
    if (raw.startsWith('#')) continue;
    const href = resolve(raw, doc.baseURI);
    if (!href || href !== resolve(raw, page.href)) continue;
    const target = new URL(href);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') continue;
    const next = rewrite(target, page, raw);
    if (next === null || next === raw) continue;
    if (resolve(next, doc.baseURI) !== href || resolve(next, page.href) !== href) continue;
    a.setAttribute('href', next);
  }
}

/** The path from the page's folder to `to`: "/blog/a" → "/research-areas/x" is "../research-areas/x". */
export function relativePath(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const rel = '../'.repeat(fromDir.length - common) + toParts.slice(common).join('/');
  // An empty path would mean "this page"; a first segment with a colon would read as a scheme.
  return rel === '' ? './' : /^[^/]*:/.test(rel) ? `./${rel}` : rel;
}

/** Another Amazon host's link without its scheme ("//www.amazon.jobs/…"), the only relative form it has. */
function schemeRelative(target: URL): string | null {
  return AMAZON_HOST.test(target.hostname) ? `//${target.host}${target.pathname}${target.search}${target.hash}` : null;
}

/** Same-site links as "/path?query#hash"; other Amazon hosts scheme-relative. */
export function linksRootRelative(doc: Document): void {
  rewriteLinks(doc, (target, page) =>
    target.origin === page.origin ? `${target.pathname}${target.search}${target.hash}` : schemeRelative(target),
  );
}

/** Same-site links relative to the page's folder ("../research-areas/x"); other Amazon hosts scheme-relative. */
export function linksPageRelative(doc: Document): void {
  rewriteLinks(doc, (target, page) =>
    target.origin === page.origin
      ? `${relativePath(page.pathname, target.pathname)}${target.search}${target.hash}`
      : schemeRelative(target),
  );
}

/** Every relative link written out in full. */
export function linksAbsolute(doc: Document): void {
  rewriteLinks(doc, (target, _page, raw) => (HAS_SCHEME.test(raw) ? null : target.href));
}
