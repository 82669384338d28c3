// The few DOM helpers our in-page UI is built with: plain DOM, because the content script that
// draws it runs on every page of our sites and a UI library would be most of its size.

type Child = Node | string | null | false | undefined;

/** An element with attributes (`false`/`null`/`undefined` values are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? 'true' : value);
  }
  setChildren(element, ...children);
  return element;
}

/** Replaces the element's children, skipping the empty ones. */
export function setChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => !!child));
}

/** Sets or removes one attribute (removed for `false`, `null` and `undefined`). */
export function setAttribute(element: Element, name: string, value: string | boolean | null | undefined): void {
  if (value === false || value === null || value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? 'true' : value);
}

/**
 * Keeps `node` in `parent` before `before` when `present`, out of the page otherwise. The node
 * is kept for the next time, so it keeps its identity (and focus) across updates.
 */
export function place(parent: Element, node: Element, present: boolean, before: Element | null = null): void {
  if (!present) node.remove();
  else if (node.parentNode !== parent || node.nextSibling !== before) parent.insertBefore(node, before);
}
