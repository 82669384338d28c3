import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUpInput } from '../../../components/FollowUpInput';
import { blur, byLabel, focus, render, type } from './helpers';

let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

const field = () => byLabel(view!.container, 'Follow up on') as HTMLInputElement;

describe('FollowUpInput', () => {
  it('stores a picked date', () => {
    const onSave = vi.fn();
    view = render(<FollowUpInput value={null} onSave={onSave} />);
    type(field(), '2026-12-01');
    expect(onSave).toHaveBeenCalledWith('2026-12-01');
  });

  it('stores null when the date is cleared', () => {
    const onSave = vi.fn();
    view = render(<FollowUpInput value="2026-12-01" onSave={onSave} />);
    type(field(), '');
    expect(onSave).toHaveBeenCalledWith(null);
  });

  it('does not store the partial years the browser reports while the year is typed', () => {
    const onSave = vi.fn();
    view = render(<FollowUpInput value="2026-12-01" onSave={onSave} />);
    focus(field());
    type(field(), '0002-12-01');
    type(field(), '0020-12-01');
    expect(onSave).not.toHaveBeenCalled();
    type(field(), '2027-12-01');
    expect(onSave).toHaveBeenCalledExactlyOnceWith('2027-12-01');
  });

  it('goes back to the stored date when left with a partial year', () => {
    view = render(<FollowUpInput value="2026-12-01" onSave={vi.fn()} />);
    focus(field());
    type(field(), '0002-12-01');
    blur(field());
    expect(field().value).toBe('2026-12-01');
  });

  it('flags a due follow-up', () => {
    view = render(<FollowUpInput value="2026-12-01" due onSave={vi.fn()} />);
    expect(view.container.querySelector('.follow-up-flag')?.textContent).toBe('Due');
  });
});
