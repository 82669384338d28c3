import { createRoot, type Root } from 'react-dom/client';
import type { PageSession } from '../../lib/content/page-session';
import type { JobCard } from '../../lib/extract/jobs/cards';
import { JobButton } from './JobButton';
import { createShadowHost } from './shadow-host';
import { Widget } from './Widget';
import jobButtonCss from './job-button.css?inline';
import themeCss from './theme.css?inline';
import widgetCss from './widget.css?inline';

export const WIDGET_TAG = 'science-clipper-widget';
export const JOB_BUTTON_TAG = 'science-clipper-job';

export interface PageUi {
  /** Brings the widget back, open, after it was minimised or closed. */
  reveal(): void;
  /** Takes every element we added out of the page again. */
  remove(): void;
}

/** The page's current HTML without our hosts, for the snapshot kept with a saved item. */
export function pageHtml(doc: Document): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  for (const host of root.querySelectorAll(`${WIDGET_TAG}, ${JOB_BUTTON_TAG}`)) host.remove();
  return root.outerHTML;
}

// Lists, definition lists and tables accept only their own items: beside such a card our host
// would break the page's structure, so it goes inside the card (a row: inside its last cell).
function placeBeside(card: Element, host: HTMLElement): void {
  const tag = card.localName;
  if (tag === 'li' || tag === 'dd' || tag === 'dt') card.append(host);
  else if (tag === 'tr') (card.lastElementChild ?? card).append(host);
  else card.after(host);
}

/**
 * Adds our UI to the page: the floating widget when the page can be saved as a whole, and a
 * "Save job" button beside every job card. Each lives in its own shadow root; the page's own
 * nodes are never touched beyond receiving these hosts.
 */
export function mountPageUi(doc: Document, session: PageSession, cards: readonly JobCard[]): PageUi {
  const mounted: { host: HTMLElement; root: Root }[] = [];
  let reveals = 0;
  let renderWidget: (() => void) | null = null;

  const clip = session.savable;
  if (clip) {
    const { host, container } = createShadowHost(doc, WIDGET_TAG, themeCss + widgetCss);
    (doc.body ?? doc.documentElement).append(host);
    const root = createRoot(container);
    // A new key remounts the widget, which is how a closed or minimised widget opens again.
    renderWidget = () => root.render(<Widget key={reveals} session={session} clip={clip} />);
    renderWidget();
    mounted.push({ host, root });
  }

  for (const { element, job } of cards) {
    const { host, container } = createShadowHost(doc, JOB_BUTTON_TAG, themeCss + jobButtonCss);
    placeBeside(element, host);
    const root = createRoot(container);
    root.render(<JobButton session={session} job={job} />);
    mounted.push({ host, root });
  }

  return {
    reveal() {
      reveals++;
      renderWidget?.();
    },
    remove() {
      for (const { host, root } of mounted.splice(0)) {
        root.unmount();
        host.remove();
      }
    },
  };
}
