// Containers written with other elements. What keeps the meaning (docs/metamorphic-tests.md):
// - div, section and article are interchangeable generic groupings: CMSs emit any of them for any
//   block, so every container among them becomes one of the other two;
// - a landmark (main, header, footer, nav, aside) may be written as a plain div: many pages have no
//   landmarks at all, and what a block is must then be read from what it says;
// - never the other way: no div becomes main or aside, and main never becomes aside, since that
//   would claim a different part of the page is the content, or that the content is beside the point.

import { BLOCK_TAGS, bodyElements, retag } from './dom';
import { pick, seeded } from './random';

const GENERIC = ['div', 'section', 'article'] as const;

/** A container holds at least one block: a div around a sentence is a line, not a container. */
function isContainer(el: Element): boolean {
  return [...el.children].some((child) => BLOCK_TAGS.has(child.tagName));
}

/** Every div, section and article that holds blocks becomes one of the other two (seeded). */
export function swapContainers(doc: Document): void {
  const random = seeded(0xc0de);
  for (const el of bodyElements(doc, 'div, section, article')) {
    if (!isContainer(el)) continue;
    retag(
      el,
      pick(
        GENERIC.filter((tag) => tag !== el.localName),
        random,
      ),
    );
  }
}

/** The elements named by `selector` written as plain divs (attributes and children kept). */
export function landmarksAsDiv(selector: string): (doc: Document) => void {
  return (doc) => {
    for (const el of bodyElements(doc, selector)) retag(el, 'div');
  };
}
