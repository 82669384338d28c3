import { jobTitle, pageButtonLabel, saveAllLabel, saveAllResult, savedDetail } from '../../lib/content/labels';
import { savableOf } from '../../lib/content/page-kinds';
import type { PageSession } from '../../lib/content/page-session';
import { kindLabel } from '../../lib/ui/format';
import { h, place, placeInOrder, setAttribute, setChildren } from './dom';
import { checkIcon, clipIcon, closeIcon, minimiseIcon } from './icons';

type View = 'open' | 'collapsed' | 'closed';

export interface WidgetView {
  /** Opens the widget again after it was minimised or closed, without moving focus. */
  reveal(): void;
  /** Stops following the session. */
  dispose(): void;
}

// Tells the description of one widget's button from another's; unique within each shadow root.
let widgets = 0;

/**
 * The floating panel of an article, profile or job page: what the page is and one button to
 * save it. Built once; each session change updates the same elements, so the button the user
 * pressed keeps its focus while it turns from "Saving…" to "Saved".
 */
export function renderWidget(container: HTMLElement, session: PageSession): WidgetView {
  const doc = container.ownerDocument;
  const describedById = `sc-status-${++widgets}`;
  let view: View = 'open';

  const pill = h(doc, 'button', { type: 'button', class: 'pill', 'aria-expanded': 'false', 'aria-label': 'Open Science Clipper' });
  const minimise = h(
    doc,
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': 'Minimise Science Clipper', 'aria-expanded': 'true' },
    minimiseIcon(doc),
  );
  const close = h(doc, 'button', { type: 'button', class: 'icon-button', 'aria-label': 'Close Science Clipper' }, closeIcon(doc));
  const kind = h(doc, 'p', { class: 'kind' });
  const title = h(doc, 'p', { class: 'title' });
  const fallbackNote = h(doc, 'p', { class: 'note' });
  const error = h(doc, 'p', { class: 'error', role: 'alert', id: describedById });
  const save = h(doc, 'button', { type: 'button' });
  const detail = h(doc, 'span', { class: 'detail', id: describedById });
  const actions = h(doc, 'div', { class: 'actions' }, save);
  const updateButton = h(doc, 'button', { type: 'button', class: 'secondary' }, 'Update saved job');
  const updateBlock = h(
    doc,
    'div',
    { class: 'update' },
    h(doc, 'p', { class: 'note' }, 'Saved from a job card. This posting has the full description and qualifications.'),
    updateButton,
  );
  const header = h(
    doc,
    'header',
    { class: 'header' },
    h(doc, 'span', { class: 'brand' }, clipIcon(doc), 'Science Clipper'),
    minimise,
    close,
  );
  const saveAll = h(doc, 'button', { type: 'button', class: 'secondary' });
  const saveAllNote = h(doc, 'p', { class: 'result', role: 'status' });
  const saveAllBlock = h(doc, 'div', { class: 'update save-all' }, saveAll, saveAllNote);
  const panel = h(doc, 'section', { class: 'panel', 'aria-label': 'Science Clipper' }, header, kind, title);

  function show(next: View, moveFocus: boolean): void {
    view = next;
    update();
    // Focus follows the control the user just made disappear; never moved on reveal().
    if (moveFocus) (view === 'collapsed' ? pill : minimise).focus();
  }

  pill.addEventListener('click', () => show('open', true));
  minimise.addEventListener('click', () => show('collapsed', true));
  close.addEventListener('click', () => show('closed', false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show('collapsed', true);
  });
  save.addEventListener('click', () => void session.savePage());
  updateButton.addEventListener('click', () => void session.updatePage());
  saveAll.addEventListener('click', () => void session.saveAllJobs());

  function update(): void {
    const { page, clip, bulk } = session.getState();
    const savable = clip && savableOf(clip);
    if (view === 'closed') return setChildren(container);
    if (view === 'collapsed') {
      setChildren(pill, clipIcon(doc), 'Science Clipper', page.phase === 'saved' && checkIcon(doc));
      return setChildren(container, pill);
    }

    // Before the page is read (it is, when saved), a job posting is known by its address; an
    // article and a profile look alike, so until then the line names the site.
    const isJob = savable ? savable.kind === 'job' : session.guess.kind === 'job';
    const pageSavable = session.savable();
    kind.textContent = savable ? kindLabel(savable.kind) : isJob ? kindLabel('job') : pageSavable ? 'Amazon Science' : 'Job list';
    title.textContent = savable ? (savable.kind === 'job' ? jobTitle(savable) : savable.title) : session.guess.title;

    const fallback = !!savable && savable.kind !== 'job' && !!savable.fallback;
    fallbackNote.textContent =
      page.phase === 'saved'
        ? 'Couldn’t read this page’s layout — saved as a plain article.'
        : 'Couldn’t read this page’s layout — it will be saved as a plain article.';
    if (page.phase === 'error') error.textContent = page.message;

    const busy = page.phase === 'saving' || page.phase === 'saved';
    const statusText = page.phase === 'saved' ? savedDetail(page.summary) : null;
    save.className = `save ${page.phase}`;
    setAttribute(save, 'aria-disabled', busy);
    setAttribute(save, 'aria-describedby', statusText || page.phase === 'error' ? describedById : null);
    setChildren(save, page.phase === 'saved' && checkIcon(doc), pageButtonLabel(page));
    if (statusText) detail.textContent = `· ${statusText}`;
    place(actions, detail, !!statusText);

    const offerUpdate = page.phase === 'saved' && page.summary.cardOnly && isJob;

    // "Save all" where the page lists more than one job: one is its own card's button.
    const listed = session.listedJobs().length;
    setChildren(saveAll, saveAllLabel(listed, bulk.phase === 'saving'));
    setAttribute(saveAll, 'aria-disabled', bulk.phase === 'saving');
    saveAllNote.className = bulk.phase === 'error' ? 'result error' : 'result';
    saveAllNote.textContent =
      bulk.phase === 'done' ? saveAllResult(bulk.added, bulk.alreadySaved) : bulk.phase === 'error' ? bulk.message : '';

    placeInOrder(panel, [
      [header, true],
      [kind, true],
      [title, true],
      [fallbackNote, fallback],
      [error, page.phase === 'error'],
      [actions, pageSavable],
      [updateBlock, offerUpdate],
      [saveAllBlock, listed > 1],
    ]);
    if (container.firstChild !== panel) setChildren(container, panel);
  }

  const unsubscribe = session.subscribe(update);
  update();
  return {
    reveal: () => show('open', false),
    dispose: unsubscribe,
  };
}
