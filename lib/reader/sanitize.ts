import DOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, LINK_REL } from '../extract/sanitize';
import { imageKey } from '../images/sources';
import { linkTarget } from '../url/link-target';
import { absentImageText, type AbsentImage } from './image-status';

// The stored html was sanitized when it was saved; it is sanitized again here because the reader
// runs with the extension's privileges and the row may come from an older extractor, an import or
// a tampered profile. Nothing that can run code, load a remote resource or restyle the page
// survives: images are shown only from blobs the extension stored, never from their address.

/** Named even though they are outside the allow-list, so that widening ALLOWED_TAGS can never let them back in. */
const FORBID_TAGS = [
  'script',
  'style',
  'link',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'picture',
  'track',
  'portal',
  'fencedframe',
];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'background', 'poster', 'ping', 'xlink:href', 'id', 'name', 'class'];
/** The only image addresses the reader sets: object URLs of stored blobs. */
const OBJECT_URL = /^blob:(?:chrome|moz)-extension:\/\//;

export interface ReaderHtmlOptions {
  /** The article's address: relative links and image addresses are resolved against it. */
  baseUrl: string;
  /** The object URL of the stored image with this key, or null when it was not stored. */
  imageUrl(key: string): string | null;
  /** Whether the item's pictures are still being downloaded: an absent one then says so. */
  imagesPending?: boolean;
}

/** Class of the element that stands in for an image that is not stored. */
export const MISSING_IMAGE_CLASS = 'reader-image-missing';

/**
 * The clip's html as a fragment ready to be inserted, never re-parsed: serialising and parsing
 * again is where mutation XSS happens, so the reader inserts these nodes as they are.
 */
export function sanitizeForReader(html: string, doc: Document, options: ReaderHtmlOptions): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('sanitizeForReader needs a document with a window');
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  const imageKeys = new WeakMap<Element, string>();

  purifier.addHook('uponSanitizeAttribute', (node, event) => {
    if (event.attrName === 'href') {
      const href = linkTarget(event.attrValue, options.baseUrl);
      if (href) event.attrValue = href;
      else event.keepAttr = false;
    } else if (event.attrName === 'src') {
      // The remote address never reaches the live page; it only names the stored blob.
      const key = node.nodeName === 'IMG' ? imageKey(event.attrValue, options.baseUrl) : null;
      if (key) imageKeys.set(node, key);
      event.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', LINK_REL);
      }
    } else if (node.nodeName === 'IMG') {
      const key = imageKeys.get(node);
      const url = key ? options.imageUrl(key) : null;
      if (url && OBJECT_URL.test(url)) node.setAttribute('src', url);
    }
  });

  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    SAFE_FOR_XML: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM_FRAGMENT: true,
  };
  const fragment = purifier.sanitize(html, config);
  replaceMissingImages(fragment, options.imagesPending ? 'downloading' : 'missing');
  return fragment;
}

/** An image without a stored blob becomes a visible, labelled placeholder instead of a broken icon. */
function replaceMissingImages(fragment: DocumentFragment, status: AbsentImage): void {
  for (const img of fragment.querySelectorAll('img:not([src])')) {
    const doc = img.ownerDocument;
    const placeholder = doc.createElement('span');
    placeholder.className = MISSING_IMAGE_CLASS;
    placeholder.setAttribute('role', 'img');
    const { text, label } = absentImageText(status, img.getAttribute('alt')?.trim() ?? '');
    placeholder.setAttribute('aria-label', label);
    placeholder.textContent = text;
    img.replaceWith(placeholder);
  }
}
