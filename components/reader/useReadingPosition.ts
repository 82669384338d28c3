import { useEffect } from 'react';
import { loadPosition, savePosition, scrollFraction } from '../../lib/reader/prefs';

const SAVE_DELAY_MS = 400;

/**
 * Brings the reader back to where the user left this item, once its article is on the page
 * (`ready`), and remembers the position as they scroll. Nothing is saved before the old
 * position is restored, so opening an item never overwrites where it was left.
 */
export function useReadingPosition(itemId: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const page = document.scrollingElement ?? document.documentElement;
    let restored = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;

    const fraction = () => scrollFraction(window.scrollY, page.scrollHeight, window.innerHeight);
    const save = () => {
      if (restored) void savePosition(itemId, fraction());
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };

    (async () => {
      const position = await loadPosition(itemId);
      // Pictures set the page's height; wait until they are decoded before measuring it.
      await Promise.allSettled([...document.images].map((img) => img.decode()));
      if (!live) return;
      if (position && position.fraction > 0 && window.scrollY === 0) {
        window.scrollTo({ top: position.fraction * (page.scrollHeight - window.innerHeight), behavior: 'instant' });
      }
      restored = true;
    })();

    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      live = false;
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [itemId, ready]);
}
