import { createPageSession, showsJobCards, type Send } from '../../lib/content/page-session';
import { findJobCards } from '../../lib/extract/jobs/cards';
import { extractPage } from '../../lib/extract/registry';
import { tabCommandSchema } from '../../lib/messages';
import { mountPageUi, pageHtml, type PageUi } from './mount';

/** Answers one message from the background; undefined when the message is not ours. */
export type CommandHandler = (message: unknown) => Promise<void> | undefined;

export interface PageClipperOptions {
  doc: Document;
  pageUrl: string;
  send: Send;
  /** Starts delivering background messages to `handler`; returns the function that stops it. */
  listen: (handler: CommandHandler) => () => void;
}

export interface PageClipper {
  /** Settles once the first page state is in and the UI, if any, is on the page. */
  ready: Promise<void>;
  /** Stops listening and takes our UI out of the page. */
  stop(): void;
}

/**
 * Everything the content script does on one page: read it, tell the background what it is,
 * show the widget and job buttons, and act on the background's commands.
 */
export function startPageClipper({ doc, pageUrl, send, listen }: PageClipperOptions): PageClipper {
  const url = new URL(pageUrl);
  // Read before we add anything, so our own hosts never end up in a clip.
  const clip = extractPage(doc, url);
  const cards = showsJobCards(clip) ? findJobCards(doc, url) : [];
  const session = createPageSession({
    clip,
    cardJobs: cards.map((card) => card.job),
    pageUrl,
    html: () => pageHtml(doc),
    send,
  });
  let ui: PageUi | null = null;
  let stopped = false;

  // Without an answer the widget still offers to save, which is the right default.
  const refresh = () => session.refresh().catch((error: unknown) => console.warn('Science Clipper: page state unavailable', error));

  const unlisten = listen((message) => {
    const command = tabCommandSchema.safeParse(message);
    if (!command.success) return undefined;
    if (command.data.type === 'refresh-state') return refresh();
    ui?.reveal();
    return session.savePage();
  });

  // The first answer comes before the widget, so a saved page shows "Saved" from the start.
  const ready = refresh().then(() => {
    if (clip.kind !== null && !stopped) ui = mountPageUi(doc, session, cards);
  });

  return {
    ready,
    stop() {
      stopped = true;
      unlisten();
      ui?.remove();
      ui = null;
    },
  };
}
