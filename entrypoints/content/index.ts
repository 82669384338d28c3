import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOurHost } from '../../components/widget/mount';
import { startPageClipper, type CommandHandler } from '../../components/widget/page-clipper';
import { whenSettled } from '../../lib/content/dom-changes';
import { followPage } from '../../lib/content/follow-page';
import { idleScheduler } from '../../lib/content/idle';
import { CARD_READER_KEY, READER_FILES, READER_KEY, readerLoader, type CardReader, type PageReader } from '../../lib/content/page-reader';
import { OUR_PAGES } from '../../lib/content/pages';
import type { Send } from '../../lib/content/page-session';
import { callBackground } from '../../lib/messaging';

// The extension API under its Chrome name, which Firefox provides too (used once, below).
declare const chrome: Pick<typeof browser, 'runtime'>;

// The always-loaded stage: small on purpose (no UI library, no zod, no extractor). What it
// imports is everything every page of our sites pays for; the reader loads on demand.
export default defineContentScript({
  matches: OUR_PAGES,
  // The DOM is complete at document_end: the first glance needs nothing more, and the widget
  // shows the page's state as soon as the background answers. Heavier work waits for idle moments.
  runAt: 'document_end',
  main(ctx) {
    // Once the extension is reloaded or updated, this script is an orphan: reading `ctx.isValid`
    // notices it and stops everything (ctx.onInvalidated below), and nothing is sent any more,
    // so the page's console never sees "Extension context invalidated".
    const send = ((request) => (ctx.isValid ? callBackground(request) : ctx.block())) as Send;
    const warn = (message: string, error: unknown) => {
      if (ctx.isValid) console.warn(message, error);
    };
    const listen = (handler: CommandHandler) => {
      browser.runtime.onMessage.addListener(handler);
      return () => {
        if (ctx.isValid) browser.runtime.onMessage.removeListener(handler);
      };
    };
    // `chrome.runtime.getURL`, which Firefox also provides, rather than the wrapped `browser`: the
    // bundle keeps the global's name, and Mozilla's add-on linter trusts an import() of an address
    // from runtime.getURL only when it can see that call (it warned about the wrapped one).
    const loadReader = readerLoader<PageReader>(READER_KEY, () => import(/* @vite-ignore */ chrome.runtime.getURL(READER_FILES.page)));
    const loadCardReader = readerLoader<CardReader>(
      CARD_READER_KEY,
      () => import(/* @vite-ignore */ chrome.runtime.getURL(READER_FILES.cards)),
    );
    const idle = idleScheduler(window);

    // The first glance runs in a task of its own, after the one that loaded this script: two
    // short tasks rather than one longer one in the page's busiest moment.
    ctx.setTimeout(() => {
      const follower = followPage({
        url: location.href,
        start: (pageUrl) => startPageClipper({ doc: document, pageUrl, send, listen, loadReader, loadCardReader, idle, warn }),
        settle: () => whenSettled(window, isOurHost),
      });
      ctx.addEventListener(window, 'wxt:locationchange', (event) => follower.navigate(event.newUrl.href));
      ctx.onInvalidated(follower.stop);
    }, 0);
    // Chrome gives an orphaned content script no event: its runtime id just disappears. A check
    // each second (one property read) is how the old widget leaves the page.
    const watch = setInterval(() => {
      if (!ctx.isValid) clearInterval(watch);
    }, 1_000);
  },
});
