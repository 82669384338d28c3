// Bulleted lines written as a list: "- A<br>- B" (or "· A", "• A") becomes <ul><li>A</li><li>B</li></ul>,
// as newer amazon.jobs postings and many CMSs write them. Lines before and after the bullets stay
// in paragraphs of their own, their line breaks as they were.

import { bodyElements, collapsed, make } from './dom';

const MARKER = /^[\s\u00a0]*[-–•·*][\s\u00a0]+/;

const isBreak = (node: Node) => node.nodeType === 1 && (node as Element).tagName === 'BR';
const textOf = (nodes: Node[]) => nodes.map((n) => n.textContent).join('');

/** The paragraph's non-empty lines (split at <br>), as runs of its child nodes. */
function lines(p: Element): Node[][] {
  const out: Node[][] = [[]];
  for (const node of [...p.childNodes]) {
    if (isBreak(node)) out.push([]);
    else out.at(-1)!.push(node);
  }
  return out.filter((line) => collapsed(textOf(line)));
}

/** Removes the bullet marker from the start of the line's first text. */
function dropMarker(line: Node[]): void {
  for (const node of line) {
    const walker = node.ownerDocument!.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let text: Node | null = node.nodeType === 3 ? node : walker.nextNode(); text; text = walker.nextNode()) {
      if (!collapsed(text.nodeValue)) continue;
      text.nodeValue = text.nodeValue!.replace(MARKER, '');
      return;
    }
  }
}

/** `nodes` without the line breaks and whitespace at their ends, in a <p>; null when nothing is left. */
function paragraph(doc: Document, nodes: Node[]): Element | null {
  const trimmed = [...nodes];
  const blank = (n: Node | undefined) => !!n && (isBreak(n) || (n.nodeType === 3 && !collapsed(n.nodeValue)));
  while (blank(trimmed[0])) trimmed.shift();
  while (blank(trimmed.at(-1))) trimmed.pop();
  return trimmed.length ? make(doc, 'p', ...trimmed) : null;
}

/** Every paragraph with a run of two or more bulleted lines: the run as a <ul>, the rest as paragraphs around it. */
export function bulletsAsList(doc: Document): void {
  for (const p of bodyElements(doc, 'p')) {
    const all = lines(p);
    const first = all.findIndex((line) => MARKER.test(textOf(line)));
    if (first < 0) continue;
    let end = first;
    while (end < all.length && MARKER.test(textOf(all[end]!))) end++;
    if (end - first < 2) continue;
    const children: Node[] = [...p.childNodes];
    const before = children.slice(0, children.indexOf(all[first]![0]!));
    const after = children.slice(children.indexOf(all[end - 1]!.at(-1)!) + 1);
    const items = all.slice(first, end).map((line) => {
      dropMarker(line);
      return make(doc, 'li', ...line);
    });
    const blocks = [paragraph(doc, before), make(doc, 'ul', ...items), paragraph(doc, after)].filter((b): b is Element => !!b);
    p.replaceWith(...blocks);
  }
}
