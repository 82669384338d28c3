import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusControl } from '../../../components/StatusControl';
import { click, day, press, render } from './helpers';

const NOW = day(11, 20, 2026);
let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

function setup(onChange = vi.fn()) {
  view = render(<StatusControl status="applied" since={day(11, 12, 2026)} onChange={onChange} label="Amazon Scholar" now={NOW} />);
  const button = view.container.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
  const menu = () => view!.container.querySelector('[role="menu"]');
  const options = () => [...view!.container.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];
  return { button, menu, options, onChange };
}

describe('StatusControl', () => {
  it('shows the status with the date of its last change, and which job it belongs to', () => {
    const { button } = setup();
    expect(button.textContent).toBe('Status of Amazon Scholar: Applied · 12 Nov▾');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('changes the status in two clicks', () => {
    const { button, menu, options, onChange } = setup();
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((o) => o.textContent)).toEqual(['Saved', 'Applied✓', 'Interviewing', 'Offer', 'Rejected', 'Withdrawn']);
    click(options()[2]);
    expect(onChange).toHaveBeenCalledWith('interviewing');
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('does not write when the current status is picked again', () => {
    const { button, options, onChange } = setup();
    click(button);
    click(options()[1]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('works from the keyboard: focus starts on the current status, arrows move, Escape closes', () => {
    const { button, menu, options, onChange } = setup();
    click(button);
    expect(document.activeElement).toBe(options()[1]);
    press(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(options()[2]);
    press(document.activeElement, 'ArrowUp');
    press(document.activeElement, 'ArrowUp');
    press(document.activeElement, 'ArrowUp');
    expect(document.activeElement).toBe(options()[5]);
    press(document.activeElement, 'Escape');
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('closes when the user clicks elsewhere', () => {
    const { button, menu } = setup();
    click(button);
    act(() => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    expect(menu()).toBeNull();
  });
});
