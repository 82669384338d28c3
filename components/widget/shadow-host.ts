// Keystrokes typed into our controls are ours: without this, a page's own shortcuts (search
// focus on "/", carousel arrows…) would fire while the user works the widget.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

function stop(event: Event): void {
  event.stopPropagation();
}

export interface ShadowHost {
  /** Our element in the page: the only node we ever add to it. */
  host: HTMLElement;
  /** Where React renders, inside the open shadow root, next to our styles. */
  container: HTMLElement;
}

/** A host element with an open shadow root holding `css` and an empty container; not yet in the page. */
export function createShadowHost(doc: Document, tagName: string, css: string): ShadowHost {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, stop);
  return { host, container };
}
