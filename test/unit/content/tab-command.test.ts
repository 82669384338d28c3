import { describe, expect, it } from 'vitest';
import { parseTabCommand } from '../../../lib/content/tab-command';

describe('parseTabCommand', () => {
  it('takes the two commands the background sends, and keeps nothing else of them', () => {
    expect(parseTabCommand({ type: 'save-page-command' })).toEqual({ type: 'save-page-command' });
    expect(parseTabCommand({ type: 'refresh-state', extra: 'ignored' })).toEqual({ type: 'refresh-state' });
  });

  it.each([
    ['another request type', { type: 'save-clip' }],
    ['a type that is not a string', { type: 1 }],
    ['a prototype key', { type: 'toString' }],
    ['no type', {}],
    ['a string', 'refresh-state'],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['refresh-state']],
  ])('leaves %s to other listeners', (_, message) => {
    expect(parseTabCommand(message)).toBeNull();
  });
});
