import { jobButtonLabel, jobTitle } from '../../lib/content/labels';
import type { ListedJob, PageSession } from '../../lib/content/page-session';
import { UNSAVED } from '../../lib/content/save-state';
import { h, place, setAttribute, setChildren } from './dom';
import { checkIcon } from './icons';

/** The "Save job" button shown beside one job card; returns the function that stops it following the session. */
export function renderJobButton(container: HTMLElement, session: PageSession, listed: ListedJob): () => void {
  const doc = container.ownerDocument;
  const button = h(doc, 'button', { type: 'button' });
  const error = h(doc, 'span', { class: 'error', role: 'alert' });
  const row = h(doc, 'div', { class: 'job' }, button);
  // The card is read whole only now, when it is saved.
  button.addEventListener('click', () => void session.saveJob(listed.job));

  function update(): void {
    const state = session.getState().jobs[listed.jobId] ?? UNSAVED;
    const { label, name } = jobButtonLabel(state, jobTitle(listed));
    button.className = `job-button ${state.phase}`;
    button.setAttribute('aria-label', name);
    setAttribute(button, 'aria-disabled', state.phase === 'saving' || state.phase === 'saved');
    setChildren(button, state.phase === 'saved' && checkIcon(doc), label);
    if (state.phase === 'error') error.textContent = state.message;
    place(row, error, state.phase === 'error');
  }

  const unsubscribe = session.subscribe(update);
  update();
  setChildren(container, row);
  return unsubscribe;
}
