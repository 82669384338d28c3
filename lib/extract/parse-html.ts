/**
 * `html` parsed into a new, inert document: DOMParser's documents run no script and load nothing.
 * The parser of `doc`'s own window when it has one, so that Node's DOMs (linkedom, jsdom) parse
 * the way the browser does in the content script.
 */
export function parseHtml(doc: Document, html: string): Document {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Parser = view?.DOMParser ?? globalThis.DOMParser;
  return new Parser().parseFromString(html, 'text/html');
}
