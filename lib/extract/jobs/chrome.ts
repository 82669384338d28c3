// Page chrome: the parts of a page around its content (site header, navigation, footer, forms,
// dialogs), by element or by ARIA role. Postings and list headings are never read from them.

const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'form', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'search']);

export function isChrome(el: Element): boolean {
  if (CHROME_ROLES.has(el.getAttribute('role') ?? '')) return true;
  if (!CHROME_TAGS.has(el.localName)) return false;
  if (el.localName !== 'header' && el.localName !== 'footer') return true;
  // A <header> or <footer> inside an article or section is that article's own (its title, its
  // byline), not the site's banner: HTML gives them the banner/contentinfo role only at the top.
  if (el.parentElement?.closest('article, aside, main, nav, section')) return false;
  // A page-level <header> that holds the page's own headline (not a logo link) is the posting's header.
  return !(el.localName === 'header' && ownHeadline(el));
}

function ownHeadline(header: Element): boolean {
  const h1 = header.querySelector('h1');
  return !!h1 && !h1.querySelector('a, img, svg');
}

export function inChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}
