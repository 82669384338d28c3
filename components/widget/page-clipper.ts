import { mayHoldCards, watchForCards } from '../../lib/content/dom-changes';
import type { Schedule } from '../../lib/content/idle';
import { guessPage } from '../../lib/content/page-guess';
import type { CardReader, PageReader } from '../../lib/content/page-reader';
import { createPageSession, type Send, type SessionReading } from '../../lib/content/page-session';
import { parseTabCommand } from '../../lib/content/tab-command';
import type { JobCard } from '../../lib/extract/jobs/cards';
import { isOurHost, mountPageUi, pageHtml, type PageUi } from './mount';

/** Answers one message from the background; undefined when the message is not ours. */
export type CommandHandler = (message: unknown) => Promise<void> | undefined;

export interface PageClipperOptions {
  doc: Document;
  /** The page's address: after a client-side navigation, the new one (the page may not show it yet). */
  pageUrl: string;
  send: Send;
  /** Starts delivering background messages to `handler`; returns the function that stops it. */
  listen: (handler: CommandHandler) => () => void;
  /** The page reader (lib/content/page-reader.ts), loaded on the first call. */
  loadReader: () => Promise<PageReader>;
  /** The card reader (the page reader, once it is loaded), loaded on the first call. */
  loadCardReader: () => Promise<CardReader>;
  /** When the page is read without being asked: in idle moments. */
  idle: Schedule;
  /** Called when something we cannot show in the page went wrong (the background did not answer). */
  warn?: (message: string, error: unknown) => void;
}

export interface PageClipper {
  /** Settles once the first page state is in and the UI, if any, is on the page. */
  ready: Promise<void>;
  /** Settles once the page's job cards have been read in idle moments (at once on pages without). */
  read: Promise<void>;
  /** Stops listening and watching, and takes our UI out of the page. */
  stop(): void;
}

/**
 * Everything the content script does for one page state. First, from a glance (the address and
 * one landmark): ask the background whether the page is saved and show the widget. Then, in idle
 * moments and only on pages with job cards: load the page reader, read the cards, give each its
 * button, and read them again when cards come and go. The whole page is read once, when the user
 * saves it (the widget, the shortcut or the context menu); that reading serves the clip and the
 * cards both.
 */
export function startPageClipper({
  doc,
  pageUrl,
  send,
  listen,
  loadReader,
  loadCardReader,
  idle,
  warn = console.warn,
}: PageClipperOptions): PageClipper {
  const url = new URL(pageUrl);
  const win = doc.defaultView as Window & typeof globalThis;
  const guess = guessPage(doc, url);
  let ui: PageUi | null = null;
  let cards: readonly JobCard[] = [];
  let stopped = false;
  const cancels: (() => void)[] = [];

  function showCards(next: readonly JobCard[]): void {
    if (stopped) return;
    cards = next;
    ui?.showCards(cards);
  }

  /** The whole page, as it is now, for a save: its clip, and its cards, whose buttons follow. */
  async function readWhole(): Promise<SessionReading> {
    const reader = await loadReader();
    const reading = reader.readPage(doc, url);
    showCards(reading.cards);
    return { clip: reading.clip, cards: reading.cards };
  }

  const session = createPageSession({ guess, pageUrl, html: () => pageHtml(doc), send, read: readWhole });

  // Without an answer the widget still offers to save, which is the right default.
  const quietly = (work: Promise<void>): Promise<void> =>
    work.catch((error: unknown) => {
      if (!stopped) warn('Science Clipper: page state unavailable', error);
    });

  const unlisten = listen((message) => {
    const command = parseTabCommand(message);
    if (!command) return undefined;
    if (command.type === 'refresh-state') return quietly(session.refresh());
    ui?.reveal();
    return session.savePage();
  });

  // The first answer comes before the widget, so a saved page shows "Saved" from the start.
  const ready = quietly(session.refresh()).then(() => {
    if (guess.kind !== null && !stopped) ui = mountPageUi(doc, session, cards);
  });

  const failedRead = (error: unknown): void => {
    if (!stopped) warn('Science Clipper: the page could not be read', error);
  };

  function idleMoment(): Promise<void> {
    return new Promise<void>((resolve) => cancels.push(idle(resolve)));
  }

  /**
   * The job cards alone, for their buttons: the card reader is loaded in one idle moment and the
   * cards read in another, so that neither adds to the other's task. Never rejects.
   */
  function readCardsWhenIdle(): Promise<void> {
    return idleMoment()
      .then(() => (stopped ? null : loadCardReader()))
      .then((reader) => (reader && !stopped ? idleMoment().then(() => (stopped ? null : reader.readCards(doc, url))) : null))
      .then((found) => {
        if (!found || stopped) return;
        showCards(found);
        return quietly(session.takeReading({ cards: found }));
      })
      .catch(failedRead);
  }

  // Articles, profiles and job lists have job cards: read them now if the page shows posting
  // links, and again whenever cards come or go. The whole page is read only to save it.
  let read = Promise.resolve();
  if (guess.kind === 'article' || guess.kind === 'job-list') {
    read = ready.then(() => {
      if (stopped) return;
      cancels.push(watchForCards({ win, isOurs: isOurHost, onChange: () => void readCardsWhenIdle() }));
      if (doc.body && mayHoldCards(doc.body, isOurHost)) return readCardsWhenIdle();
    });
  }

  return {
    ready,
    read,
    stop() {
      stopped = true;
      unlisten();
      for (const cancel of cancels.splice(0)) cancel();
      ui?.remove();
      ui = null;
    },
  };
}
