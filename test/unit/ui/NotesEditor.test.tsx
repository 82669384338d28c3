import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesEditor } from '../../../components/NotesEditor';
import { blur, byLabel, focus, press, render, type } from './helpers';

let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

const field = () => byLabel(view!.container, 'Notes') as HTMLTextAreaElement;

describe('NotesEditor', () => {
  it('saves the text when the field loses focus and says it did', async () => {
    const onSave = vi.fn(async () => true);
    view = render(<NotesEditor value="" onSave={onSave} />);
    focus(field());
    type(field(), 'Phone screen on Monday');
    blur(field());
    expect(onSave).toHaveBeenCalledWith('Phone screen on Monday');
    await act(async () => {});
    expect(view.container.querySelector('.notes-state')?.textContent).toBe('Saved');
  });

  it('saves on Ctrl+Enter without leaving the field', async () => {
    const onSave = vi.fn(async () => true);
    view = render(<NotesEditor value="" onSave={onSave} />);
    focus(field());
    type(field(), 'Ask about the team');
    press(field(), 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenCalledWith('Ask about the team');
    await act(async () => {});
    expect(document.activeElement).toBe(field());
  });

  it('does not write when nothing changed', () => {
    const onSave = vi.fn(async () => true);
    view = render(<NotesEditor value="Referral from Ana" onSave={onSave} />);
    focus(field());
    blur(field());
    expect(onSave).not.toHaveBeenCalled();
  });

  it('never replaces what the user is typing with a newer stored value', () => {
    view = render(<NotesEditor value="old" onSave={vi.fn(async () => true)} />);
    focus(field());
    type(field(), 'my draft');
    view.rerender(<NotesEditor value="changed in another window" onSave={vi.fn(async () => true)} />);
    expect(field().value).toBe('my draft');
  });

  it('shows a newer stored value when the user is not editing', () => {
    view = render(<NotesEditor value="old" onSave={vi.fn(async () => true)} />);
    view.rerender(<NotesEditor value="changed in another window" onSave={vi.fn(async () => true)} />);
    expect(field().value).toBe('changed in another window');
  });

  it('keeps a draft that could not be saved', async () => {
    view = render(<NotesEditor value="old" onSave={async () => false} />);
    focus(field());
    type(field(), 'unsaved words');
    blur(field());
    await act(async () => {});
    view.rerender(<NotesEditor value="other" onSave={async () => false} />);
    expect(field().value).toBe('unsaved words');
  });
});
