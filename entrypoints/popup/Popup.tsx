import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { EmptyState } from '../../components/EmptyState';
import { ExternalLink } from '../../components/ExternalLink';
import { ItemRow } from '../../components/ItemRow';
import { TagFilter } from '../../components/TagFilter';
import { db } from '../../lib/db';
import type { Item } from '../../lib/db/schema';
import { readPopupView } from '../../lib/ui/popup-data';

/**
 * The save shortcut as the user set it in chrome://extensions/shortcuts (null when they removed
 * it); the suggested one until known.
 */
function useSaveShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>('Alt+Shift+S');
  useEffect(() => {
    // Only a hint in the empty state: when the commands cannot be read, the suggested key stays.
    const read = async () => {
      const commands = await browser.commands.getAll();
      const saved = commands.find((c) => c.name === 'save-page');
      if (saved) setShortcut(saved.shortcut || null);
    };
    read().catch(() => {});
  }, []);
  return shortcut;
}

function countLabel(matching: number, total: number): string {
  const noun = total === 1 ? 'item' : 'items';
  const [shown, all] = [matching.toLocaleString('en'), total.toLocaleString('en')];
  return matching === total ? `${all} ${noun}` : `${shown} of ${all} ${noun}`;
}

export interface PopupProps {
  /** The newest items, when read before the first render (see main.tsx); shown until the popup's own read is in. */
  initialItems?: Item[];
}

export function Popup({ initialItems }: PopupProps) {
  const [tag, setTag] = useState<string | null>(null);
  const view = useLiveQuery(() => readPopupView(db, tag), [tag]);
  const items = view?.items ?? (tag === null ? initialItems : undefined);
  const counts = view?.counts;
  const shortcut = useSaveShortcut();

  const shown = items ?? [];
  const jobCount = counts?.jobCount ?? 0;
  const empty = items !== undefined && items.length === 0 && tag === null;

  return (
    <div className="popup">
      <header className="popup-header">
        <div className="popup-title-row">
          <h1>Science Clipper</h1>
          <nav className="popup-nav" aria-label="Science Clipper pages">
            <ExternalLink className="btn" href={browser.runtime.getURL('/jobs.html')}>
              Jobs board{jobCount > 0 && <span className="muted"> ({jobCount.toLocaleString('en')})</span>}
            </ExternalLink>
            <ExternalLink className="btn" href={browser.runtime.getURL('/library.html')}>
              Library
            </ExternalLink>
          </nav>
        </div>
        {/* The count has a row of its own with the filter: a large library's count no longer fits beside the links. */}
        <div className="popup-filter-row">
          {counts && counts.total > 0 && <TagFilter tags={counts.tags} value={tag} onChange={setTag} />}
          <span className="muted popup-count" aria-live="polite">
            {counts && countLabel(counts.matching, counts.total)}
          </span>
        </div>
      </header>
      <main className="popup-list">
        {empty && (
          <EmptyState title="Nothing saved yet">
            <p>
              Open an article, researcher profile or job posting on amazon.science or amazon.jobs and click{' '}
              <strong>Save to Science Clipper</strong>
              {shortcut && (
                <>
                  {' '}
                  — or press <kbd>{shortcut}</kbd>
                </>
              )}
              .
            </p>
            <p>You can also right-click the page and choose “Save to Science Clipper”.</p>
          </EmptyState>
        )}
        {items && items.length === 0 && tag !== null && (
          <EmptyState title={`No items tagged “${tag}”`}>
            <button type="button" className="btn" onClick={() => setTag(null)}>
              Show all items
            </button>
          </EmptyState>
        )}
        {shown.map((item) => (
          <ItemRow key={item.id} item={item} onTagSelect={setTag} activeTag={tag} />
        ))}
        {counts && counts.matching > shown.length && (
          <p className="popup-more muted">
            Showing the newest {shown.length} of {counts.matching.toLocaleString('en')}.{' '}
            <ExternalLink href={browser.runtime.getURL('/library.html')}>Open the library</ExternalLink> to see and search them all.
          </p>
        )}
      </main>
    </div>
  );
}
