// Interview questions and answers without their "Q." / "A." markers: the question is still the bold
// paragraph that asks something, the answer still the prose after it.

import { bodyElements, collapsed } from './dom';

const MARKER = /^(\s*)(?:Q|A)\s*[.:]\s*/;

/** Removes the marker from the start of the first text in `el`. */
function dropMarker(el: Element): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!collapsed(text.nodeValue)) continue;
    text.nodeValue = text.nodeValue!.replace(MARKER, '$1');
    return;
  }
}

/** Every paragraph starting "Q. …?" / "Q: …?" (a question) or "A. " / "A: " (its answer) without the marker. */
export function qaMarkersRemoved(doc: Document): void {
  for (const p of bodyElements(doc, 'p')) {
    const text = collapsed(p.textContent);
    if (/^Q\s*[.:]\s+\S.*\?$/.test(text) || /^A\s*[.:]\s+\S/.test(text)) dropMarker(p);
  }
}
