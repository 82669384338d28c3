import type { TextSize } from './useTextSize';

export interface ReaderToolbarProps {
  onBack(): void;
  textSize: TextSize;
  /** The page the item was saved from. */
  originalUrl?: string;
}

export function ReaderToolbar({ onBack, textSize, originalUrl }: ReaderToolbarProps) {
  return (
    <header className="reader-toolbar">
      <button type="button" className="btn btn-link reader-back" onClick={onBack} aria-keyshortcuts="Escape">
        ← Back
      </button>
      <span className="reader-brand">Science Clipper</span>
      <div className="reader-tools">
        {originalUrl && (
          <a className="btn" href={originalUrl} target="_blank" rel="noopener noreferrer">
            Original page
          </a>
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
