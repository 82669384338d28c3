import type { PageSession } from '../../lib/content/page-session';
import type { JobCard } from '../../lib/extract/jobs/cards';
import { renderJobButton } from './job-button';
import { createShadowHost } from './shadow-host';
import { renderWidget, type WidgetView } from './widget';
import jobButtonCss from './job-button.css?inline';
import themeCss from './theme.css?inline';
import widgetCss from './widget.css?inline';

export const WIDGET_TAG = 'science-clipper-widget';
export const JOB_BUTTON_TAG = 'science-clipper-job';

/** Whether a node is one of the hosts we add to pages. */
export function isOurHost(node: Node): boolean {
  return node.nodeName.toLowerCase() === WIDGET_TAG || node.nodeName.toLowerCase() === JOB_BUTTON_TAG;
}

export interface PageUi {
  /** Brings the widget back, open, after it was minimised or closed. */
  reveal(): void;
  /** Gives each of these cards its button, keeps the buttons already there, and removes those of cards no longer listed. */
  showCards(cards: readonly JobCard[]): void;
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

interface PlacedButton {
  jobId: string;
  host: HTMLElement;
  dispose: () => void;
}

/**
 * Adds our UI to the page: the floating widget while the page can be saved as a whole, and a
 * "Save job" button beside every job card. Each lives in its own open shadow root; the page's
 * own nodes are never touched beyond receiving these hosts.
 */
export function mountPageUi(doc: Document, session: PageSession, cards: readonly JobCard[] = []): PageUi {
  let widget: { host: HTMLElement; view: WidgetView } | null = null;
  const buttons = new Map<Element, PlacedButton>();

  // The widget follows what the page turns out to be: a page read as not savable loses it,
  // unless it lists jobs to save all at once.
  function syncWidget(): void {
    const wanted = session.savable() || session.listedJobs().length > 1;
    if (wanted && !widget) {
      const { host, container } = createShadowHost(doc, WIDGET_TAG, themeCss + widgetCss);
      (doc.body ?? doc.documentElement).append(host);
      widget = { host, view: renderWidget(container, session) };
    } else if (!wanted && widget) {
      removeWidget();
    }
  }

  function removeWidget(): void {
    widget?.view.dispose();
    widget?.host.remove();
    widget = null;
  }

  function removeButton(card: Element): void {
    const placed = buttons.get(card);
    placed?.dispose();
    placed?.host.remove();
    buttons.delete(card);
  }

  function showCards(next: readonly JobCard[]): void {
    const wanted = new Map(next.map((card) => [card.element, card]));
    for (const [element, placed] of buttons) {
      const card = wanted.get(element);
      if (!card || card.jobId !== placed.jobId || !placed.host.isConnected) removeButton(element);
    }
    for (const card of next) {
      if (buttons.has(card.element)) continue;
      const { host, container } = createShadowHost(doc, JOB_BUTTON_TAG, themeCss + jobButtonCss);
      placeBeside(card.element, host);
      buttons.set(card.element, { jobId: card.jobId, host, dispose: renderJobButton(container, session, card) });
    }
  }

  const unsubscribe = session.subscribe(syncWidget);
  syncWidget();
  showCards(cards);

  return {
    reveal() {
      syncWidget();
      widget?.view.reveal();
    },
    showCards,
    remove() {
      unsubscribe();
      removeWidget();
      for (const card of [...buttons.keys()]) removeButton(card);
    },
  };
}
