import type { Item } from '../../lib/db/schema';
import { MarkdownActions } from '../MarkdownActions';
import type { TextSize } from './useTextSize';

export interface ReaderToolbarProps {
  onBack(): void;
  textSize: TextSize;
  /** The item shown: a link to the page it was saved from, and the item as Markdown. */
  item?: Item;
}

export function ReaderToolbar({ onBack, textSize, item }: ReaderToolbarProps) {
  return (
    <header className="reader-toolbar">
      <button type="button" className="btn btn-link reader-back" onClick={onBack} aria-keyshortcuts="Escape">
        ← Back
      </button>
      <span className="reader-brand">Science Clipper</span>
      <div className="reader-tools">
        {item && (
          <>
            <MarkdownActions load={async () => item} />
            <a className="btn" href={item.clip.url} target="_blank" rel="noopener noreferrer">
              Original page
            </a>
          </>
        )}
        <div className="reader-size" role="group" aria-label="Text size">
          <button type="button" className="btn" onClick={() => textSize.change(-1)} disabled={!textSize.canShrink} aria-keyshortcuts="-">
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">Smaller text</span>
          </button>
          <button type="button" className="btn" onClick={() => textSize.change(1)} disabled={!textSize.canGrow} aria-keyshortcuts="+">
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">Larger text</span>
          </button>
        </div>
      </div>
    </header>
  );
}
