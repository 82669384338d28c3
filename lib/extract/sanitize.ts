import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

// Clipped HTML is rendered inside extension pages, which hold the user's library: nothing from a
// page may run there or phone home beyond the article's own images and links.

/** Elements an article body may keep: text structure, lists, quotes, tables, figures and images. */
export const ALLOWED_TAGS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];

/** Attributes kept on those elements; no class, id, style, data-* or event handler survives. */
export const ALLOWED_ATTR: readonly string[] = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'datetime',
  'lang',
  'dir',
];

/** Web and mail links, or addresses without a scheme; javascript:, data:, vbscript: and the rest are dropped. */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Elements dropped with their text: page controls and embeds whose labels are not article prose. */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'object',
  'embed',
  'applet',
  'canvas',
  'dialog',
];

/** Given to links that survive, so a clicked link cannot reach back into the extension page. */
export const LINK_REL = 'noopener noreferrer';

export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ALLOWED_URI_REGEXP,
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

const purifiers = new WeakMap<Window, Purifier>();

/** Whether `win` is the window DOMPurify's default instance was made for, when this module loaded. */
function isOwnWindow(win: Window): boolean {
  return typeof window !== 'undefined' && win === window && DOMPurify.isSupported;
}

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  // DOMPurify makes its default instance for the module's own window when it loads; a second one
  // for that window cost a page's first save about 2 ms (its tag tables built again). Only this
  // module uses the default instance, so its hooks are ours alone.
  purifier = isOwnWindow(win) ? DOMPurify : DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  // DOMPurify lets data: URIs through on <img> whatever the URI pattern says; a clip never needs them.
  purifier.addHook('uponSanitizeAttribute', (_node, event) => {
    if (/^data:/i.test(event.attrValue.replace(/[\s\u0000-\u0020]+/g, ''))) event.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', LINK_REL);
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/** Article HTML made safe to render in an extension page. `win` supplies the DOM (a page or jsdom window). */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, SANITIZE_CONFIG) as unknown as string;
}

/**
 * The children of `root` made safe, as HTML: sanitized where they stand rather than serialised,
 * parsed into a new document and serialised again (the article body is a copy made for the
 * clip). Leaves `root` empty: read what else it holds first.
 */
export function sanitizedChildren(root: Element, win: Window): string {
  const holder = root.ownerDocument.createElement('div');
  holder.append(...root.childNodes);
  purifierFor(win).sanitize(holder, { ...SANITIZE_CONFIG, IN_PLACE: true });
  return holder.innerHTML;
}
