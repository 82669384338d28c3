import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageClipper } from '../../components/widget/page-clipper';
import { send } from '../../lib/messaging';

export default defineContentScript({
  matches: ['*://amazon.science/*', '*://www.amazon.science/*', '*://amazon.jobs/*', '*://www.amazon.jobs/*'],
  runAt: 'document_idle',
  main(ctx) {
    const clipper = startPageClipper({
      doc: document,
      pageUrl: location.href,
      send,
      listen(handler) {
        browser.runtime.onMessage.addListener(handler);
        return () => browser.runtime.onMessage.removeListener(handler);
      },
    });
    ctx.onInvalidated(clipper.stop);
  },
});
