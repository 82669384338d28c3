// Headings one level deeper or shallower, the outline's shape kept. The H1 stays: it is the title.

import { bodyElements, retag } from './dom';

/** Every h2–h6 moved `by` levels (h2 → h3 for +1), where the level stays within h2–h6. */
export function shiftHeadings(by: 1 | -1): (doc: Document) => void {
  return (doc) => {
    for (const heading of bodyElements(doc, 'h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1]) + by;
      if (level >= 2 && level <= 6) retag(heading, `h${level}`);
    }
  };
}
