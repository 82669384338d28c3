import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountPageUi, type PageUi } from '../../components/widget/mount';
import { createPageSession, showsJobCards } from '../../lib/content/page-session';
import { findJobCards } from '../../lib/extract/job-cards';
import { extractPage } from '../../lib/extract/registry';
import { tabCommandSchema } from '../../lib/messages';
import { send } from '../../lib/messaging';

export default defineContentScript({
  matches: ['*://amazon.science/*', '*://www.amazon.science/*', '*://amazon.jobs/*', '*://www.amazon.jobs/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const pageUrl = location.href;
    const url = new URL(pageUrl);
    // Read before we add anything, so our own hosts never end up in a clip.
    const clip = extractPage(document, url);
    const cards = showsJobCards(clip) ? findJobCards(document, url) : [];
    const session = createPageSession({
      clip,
      cardJobs: cards.map((card) => card.job),
      pageUrl,
      html: () => document.documentElement.outerHTML,
      send,
    });
    let ui: PageUi | null = null;

    // Without an answer the widget still offers to save, which is the right default.
    const refresh = () => session.refresh().catch((error: unknown) => console.warn('Science Clipper: page state unavailable', error));

    const onMessage = (message: unknown) => {
      const command = tabCommandSchema.safeParse(message);
      if (!command.success) return undefined;
      if (command.data.type === 'refresh-state') return refresh();
      ui?.reveal();
      return session.savePage();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      ui?.remove();
    });

    // The first answer comes before the widget, so a saved page shows "Saved" from the start.
    await refresh();
    if (clip.kind === null || ctx.isInvalid) return;
    ui = mountPageUi(document, session, cards);
  },
});
