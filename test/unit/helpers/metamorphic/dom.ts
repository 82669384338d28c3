// DOM plumbing the variants share: renaming an element's tag, wrapping, reading its text.

/** Elements that start a new line when rendered (and the invisible ones that render nothing). */
export const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR TD TH UL SUMMARY LEGEND'.split(
    ' ',
  ),
);
export const INVISIBLE_TAGS = new Set('SCRIPT STYLE TEMPLATE NOSCRIPT META LINK SOURCE TITLE BASE'.split(' '));
/** Where whitespace is content, not layout. */
export const VERBATIM_TAGS = new Set('PRE CODE TEXTAREA SCRIPT STYLE TEMPLATE XMP PLAINTEXT LISTING'.split(' '));

/** The text as a reader sees it: whitespace runs collapsed, ends trimmed. */
export function collapsed(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** `el` as a `tag` element with the same attributes and children, in the same place. */
export function retag(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const copy = el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? doc.createElement(tag) : doc.createElementNS(el.namespaceURI, tag);
  for (const attr of [...el.attributes]) copy.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
  el.replaceWith(copy);
  // One node at a time: append(...nodes) would first gather them in a fragment, moving each twice.
  while (el.firstChild) copy.appendChild(el.firstChild);
  return copy;
}

/** Puts `el` inside a new `tag` element where `el` was; returns the wrapper. */
export function wrap(el: Element, tag: string): Element {
  const wrapper = el.ownerDocument.createElement(tag);
  el.replaceWith(wrapper);
  wrapper.appendChild(el);
  return wrapper;
}

/** A new `tag` element holding `children` (nodes or text). */
export function make(doc: Document, tag: string, ...children: (Node | string)[]): Element {
  const el = doc.createElement(tag);
  el.append(...children);
  return el;
}

/** Every element of the body, in document order (a static list: safe to change the tree while walking it). */
export function bodyElements(doc: Document, selector = '*'): Element[] {
  return doc.body ? [...doc.body.querySelectorAll(selector)] : [];
}

/** Every text node under `root` that is not inside an element whose whitespace is content. */
export function layoutTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push(child as Text);
      else if (child.nodeType === 1 && !VERBATIM_TAGS.has((child as Element).tagName)) visit(child);
    }
  };
  visit(root);
  return out;
}

/**
 * Text with a space wherever a block or line break starts or ends: `<span>By</span><div>Ada</div>`
 * reads "By Ada". Written here rather than taken from lib/extract: the tests must not read pages
 * with the code they test.
 */
export function readableText(root: Node): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue;
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (INVISIBLE_TAGS.has(el.tagName)) return;
    const block = BLOCK_TAGS.has(el.tagName) || el.tagName === 'BR';
    if (block) out += ' ';
    el.childNodes.forEach(visit);
    if (block) out += ' ';
  };
  visit(root);
  return collapsed(out);
}
