import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db';
import type { ArticleItem, Item } from '../../lib/db/schema';
import { jobsBoardPath } from '../../lib/reader/links';
import { EmptyState } from '../EmptyState';
import { ArticleView } from './ArticleView';
import { ReaderToolbar } from './ReaderToolbar';
import { useReaderKeys } from './useReaderKeys';
import { useReadingPosition } from './useReadingPosition';
import { useImagesPending, useStoredImages } from './useStoredImages';
import { useTextSize, type TextSize } from './useTextSize';

/** Back to where the reader was opened from; a reader opened in its own tab closes instead. */
function goBack(): void {
  if (window.history.length > 1) {
    window.history.back();
    return;
  }
  browser.tabs
    .getCurrent()
    .then((tab) => (tab?.id === undefined ? window.close() : browser.tabs.remove(tab.id)))
    .catch(() => window.close());
}

function Shell({ textSize, item, children }: { textSize: TextSize; item?: Item; children: ReactNode }) {
  return (
    <>
      <ReaderToolbar onBack={goBack} textSize={textSize} item={item} />
      <main className="reader-main">{children}</main>
    </>
  );
}

function LoadedArticle({ item, textSize }: { item: ArticleItem; textSize: TextSize }) {
  const images = useStoredImages(item.id);
  const imagesPending = useImagesPending(item.id);
  useReadingPosition(item.id, images !== undefined);
  return (
    <Shell textSize={textSize} item={item}>
      {images && <ArticleView item={item} images={images} imagesPending={imagesPending} textSizePx={textSize.px} />}
      <p className="reader-keys muted">
        <kbd>j</kbd> / <kbd>k</kbd> next / previous section · <kbd>+</kbd> / <kbd>−</kbd> text size · <kbd>Esc</kbd> back
      </p>
    </Shell>
  );
}

/** The reader page for `itemId` (from `reader.html?id=`), with its empty and error states. */
export function Reader({ itemId }: { itemId: string | null }) {
  const textSize = useTextSize();
  useReaderKeys({ back: goBack, textSize: textSize.change });
  const item = useLiveQuery(async () => (itemId ? ((await db.items.get(itemId)) ?? null) : null), [itemId]);

  useEffect(() => {
    document.title = item ? `${item.title} – Science Clipper` : 'Reader – Science Clipper';
  }, [item]);

  if (!itemId) {
    return (
      <Shell textSize={textSize}>
        <EmptyState title="No item to show">
          <p>Open a saved article or profile from the Science Clipper popup to read it here.</p>
        </EmptyState>
      </Shell>
    );
  }
  if (item === undefined) {
    return (
      <Shell textSize={textSize}>
        <p className="reader-loading muted" role="status">
          Opening…
        </p>
      </Shell>
    );
  }
  if (item === null) {
    return (
      <Shell textSize={textSize}>
        <EmptyState title="This item is not in your library">
          <p>It may have been deleted. Saved articles and profiles are listed in the Science Clipper popup.</p>
        </EmptyState>
      </Shell>
    );
  }
  if (item.kind === 'job') {
    return (
      <Shell textSize={textSize} item={item}>
        <EmptyState title="Job postings open on the jobs board">
          <p>
            “{item.title}” is a saved job, not an article or profile. <a href={jobsBoardPath(item.id)}>Show it on the jobs board</a>.
          </p>
        </EmptyState>
      </Shell>
    );
  }
  return <LoadedArticle item={item} textSize={textSize} />;
}
