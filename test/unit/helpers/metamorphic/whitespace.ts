// Whitespace that does not render: the same page pretty-printed differently, or minified.
// Text inside pre, code, textarea, script and style is never touched.

import { BLOCK_TAGS, INVISIBLE_TAGS, layoutTextNodes } from './dom';
import { pick, seeded } from './random';

/** Collapsible whitespace (not the no-break space, which renders). */
const SPACE = /[ \t\n\r\f]+/g;
const LEADING = /^[ \t\n\r\f]+/;
const TRAILING = /[ \t\n\r\f]+$/;
/** Something that renders: any character but collapsible whitespace (a no-break space renders). */
const VISIBLE = /[^ \t\n\r\f]/;

function isBlock(node: Node | null): boolean {
  return node?.nodeType === 1 && (BLOCK_TAGS.has((node as Element).tagName) || (node as Element).tagName === 'BODY');
}

/** No space renders beside `node` (a sibling of whitespace in `parent`): a block, a line break, an invisible element, or a block's edge. */
function breaksLine(node: Node | null, parent: Node | null): boolean {
  if (!node) return isBlock(parent);
  if (node.nodeType === 8) return true;
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  return BLOCK_TAGS.has(tag) || INVISIBLE_TAGS.has(tag) || tag === 'BR';
}

/** Every whitespace run becomes a (seeded) mix of spaces, newlines and indentation; text at a block's edges gets its own lines. */
export function reflowWhitespace(doc: Document): void {
  const random = seeded(0x7e7);
  const runs = [' ', '\n', '\n    ', '\n\t\t', '  \n      '];
  for (const text of layoutTextNodes(doc.body)) {
    let value = text.nodeValue!.replace(SPACE, () => pick(runs, random));
    if (isBlock(text.parentNode) && VISIBLE.test(value)) {
      if (!text.previousSibling) value = `\n      ${value.replace(LEADING, '')}`;
      if (!text.nextSibling) value = `${value.replace(TRAILING, '')}\n    `;
    }
    text.nodeValue = value;
  }
}

/** Whitespace between blocks removed, runs collapsed to one space, text trimmed at a block's edges: a minifier's output. */
export function minifyWhitespace(doc: Document): void {
  for (const text of layoutTextNodes(doc.body)) {
    const value = text.nodeValue!;
    if (!VISIBLE.test(value)) {
      if (breaksLine(text.previousSibling, text.parentNode) && breaksLine(text.nextSibling, text.parentNode)) text.remove();
      else text.nodeValue = ' ';
      continue;
    }
    let next = value.replace(SPACE, ' ');
    if (isBlock(text.parentNode) && !text.previousSibling) next = next.replace(LEADING, '');
    if (isBlock(text.parentNode) && !text.nextSibling) next = next.replace(TRAILING, '');
    text.nodeValue = next;
  }
}
