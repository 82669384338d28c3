import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { jobTitle, pageButtonLabel, statusDetail } from '../../lib/content/labels';
import { kindLabel } from '../../lib/ui/format';
import type { PageSession } from '../../lib/content/page-session';
import type { SavableClip } from '../../lib/types';
import { CheckIcon, ClipIcon, CloseIcon, MinimiseIcon } from './icons';
import { useSessionState } from './use-session-state';

type View = 'open' | 'collapsed' | 'closed';

function titleOf(clip: SavableClip): string {
  return clip.kind === 'job' ? jobTitle(clip) : clip.title;
}

/** The floating panel of an article, profile or job page: what the page is and one button to save it. */
export function Widget({ session, clip }: { session: PageSession; clip: SavableClip }) {
  const { page } = useSessionState(session);
  const [view, setView] = useState<View>('open');
  // Focus follows the control the user just made disappear; never moved on first render.
  const moveFocus = useRef(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const minimiseButton = useRef<HTMLButtonElement>(null);
  // The button's description: the job's status once saved, or what went wrong.
  const describedById = useId();

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (view === 'collapsed' ? openButton : minimiseButton).current?.focus();
  }, [view]);

  function show(next: View): void {
    moveFocus.current = true;
    setView(next);
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') show('collapsed');
  }

  if (view === 'closed') return null;
  if (view === 'collapsed') {
    return (
      <button ref={openButton} type="button" className="pill" aria-expanded="false" aria-label="Open Science Clipper" onClick={() => show('open')}>
        <ClipIcon />
        Science Clipper
        {page.phase === 'saved' && <CheckIcon />}
      </button>
    );
  }

  const busy = page.phase === 'saving' || page.phase === 'saved';
  const detail = page.phase === 'saved' ? statusDetail(page.summary) : null;
  return (
    <section className="panel" aria-label="Science Clipper" onKeyDown={onKeyDown}>
      <header className="header">
        <span className="brand">
          <ClipIcon />
          Science Clipper
        </span>
        <button ref={minimiseButton} type="button" className="icon-button" aria-label="Minimise Science Clipper" aria-expanded="true" onClick={() => show('collapsed')}>
          <MinimiseIcon />
        </button>
        <button type="button" className="icon-button" aria-label="Close Science Clipper" onClick={() => setView('closed')}>
          <CloseIcon />
        </button>
      </header>
      <p className="kind">{kindLabel(clip.kind)}</p>
      <p className="title">{titleOf(clip)}</p>
      {clip.kind !== 'job' && clip.fallback && (
        <p className="note">
          {page.phase === 'saved'
            ? 'Couldn’t read this page’s layout — saved as a plain article.'
            : 'Couldn’t read this page’s layout — it will be saved as a plain article.'}
        </p>
      )}
      {page.phase === 'error' && (
        <p className="error" role="alert" id={describedById}>
          {page.message}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className={`save ${page.phase}`}
          aria-disabled={busy || undefined}
          aria-describedby={detail || page.phase === 'error' ? describedById : undefined}
          onClick={() => void session.savePage()}
        >
          {page.phase === 'saved' && <CheckIcon />}
          {pageButtonLabel(page)}
        </button>
        {detail && (
          <span className="detail" id={describedById}>
            · {detail}
          </span>
        )}
      </div>
      {page.phase === 'saved' && page.summary.cardOnly && clip.kind === 'job' && (
        <div className="update">
          <p className="note">Saved from a job card. This posting has the full description and qualifications.</p>
          <button type="button" className="secondary" onClick={() => void session.updatePage()}>
            Update saved job
          </button>
        </div>
      )}
    </section>
  );
}
