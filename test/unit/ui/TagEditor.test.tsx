import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagEditor } from '../../../components/TagEditor';
import { byLabel, click, press, render, type } from './helpers';

let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

describe('TagEditor', () => {
  it('adds the typed tag in stored form on Enter and empties the field', () => {
    const onChange = vi.fn();
    view = render(<TagEditor tags={['ml']} onChange={onChange} label="Rustan Leino provides proof" />);
    const input = byLabel(view.container, 'Add a tag to Rustan Leino provides proof') as HTMLInputElement;
    type(input, '  Formal  Methods ');
    press(input, 'Enter');
    expect(onChange).toHaveBeenCalledWith(['ml', 'formal methods']);
    expect(input.value).toBe('');
  });

  it('does not write a tag the item already has', () => {
    const onChange = vi.fn();
    view = render(<TagEditor tags={['ml']} onChange={onChange} label="x" />);
    const input = byLabel(view.container, 'Add a tag to x');
    type(input, 'ML');
    press(input, 'Enter');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes a tag with its × button and keeps focus in the editor', () => {
    const onChange = vi.fn();
    view = render(<TagEditor tags={['ml', 'india']} onChange={onChange} label="x" />);
    click(byLabel(view.container, 'Remove tag india'));
    expect(onChange).toHaveBeenCalledWith(['ml']);
    expect(document.activeElement).toBe(byLabel(view.container, 'Add a tag to x'));
  });

  it('makes tags selectable when asked and marks the active one', () => {
    const onSelect = vi.fn();
    view = render(<TagEditor tags={['ml', 'india']} onChange={vi.fn()} onSelect={onSelect} activeTag="india" label="x" />);
    const buttons = [...view.container.querySelectorAll('button.tag-label')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['ml', 'false'],
      ['india', 'true'],
    ]);
    click(buttons[0]);
    expect(onSelect).toHaveBeenCalledWith('ml');
  });
});
