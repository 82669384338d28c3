// Class and id attributes renamed or removed, and attribute order shuffled: markup a build tool
// changes freely (CSS modules, a redesign, a minifier) without changing what the page says.

import { hash6, seeded } from './random';

/** Attributes whose value names other elements by id, as a space-separated list. */
const ID_REFERENCES = [
  'for',
  'form',
  'list',
  'headers',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-activedescendant',
];

/** A CSS-modules style name: `_` and six hex digits, the same for the same input. */
export function hashedName(name: string): string {
  return `_${hash6(name)}`;
}

function allElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')];
}

/** Every class and id renamed to a hashed name; references to an id (`for`, `aria-*`, `#id` links) follow it. */
export function hashClassesAndIds(doc: Document): void {
  for (const el of allElements(doc)) {
    const classes = el.getAttribute('class');
    if (classes?.trim()) el.setAttribute('class', classes.trim().split(/\s+/).map(hashedName).join(' '));
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', hashedName(id));
    for (const name of ID_REFERENCES) {
      const refs = el.getAttribute(name);
      if (refs?.trim()) el.setAttribute(name, refs.trim().split(/\s+/).map(hashedName).join(' '));
    }
    for (const name of ['href', 'xlink:href']) {
      const href = el.getAttribute(name);
      if (href?.startsWith('#') && href.length > 1) el.setAttribute(name, `#${hashedName(decodeURIComponent(href.slice(1)))}`);
    }
  }
}

/** Every class and id attribute removed: a page styled by element selectors or inline styles only. */
export function removeClassesAndIds(doc: Document): void {
  for (const el of allElements(doc)) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

/** Every element's attributes written in another (seeded) order; names and values unchanged. */
export function shuffleAttributes(doc: Document): void {
  const random = seeded(0x5eed);
  for (const el of allElements(doc)) {
    const nodes = [...el.attributes];
    if (nodes.length < 2) continue;
    const attrs = nodes.map((a) => ({ ns: a.namespaceURI, name: a.name, value: a.value }));
    const order = attrs
      .map((a) => ({ a, key: random() }))
      .sort((x, y) => x.key - y.key)
      .map((x) => x.a);
    // A shuffle that lands on the original order would leave this element unchanged.
    if (order.every((a, i) => a === attrs[i])) order.reverse();
    for (const node of nodes) el.removeAttributeNode(node);
    for (const a of order) el.setAttributeNS(a.ns, a.name, a.value);
  }
}
