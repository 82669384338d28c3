import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand, SAVE_PAGE_COMMAND } from '../../../lib/background/commands';
import { createMenus, onMenuClicked, SAVE_MENU_ID } from '../../../lib/background/menus';
import { OUR_PAGES } from '../../../lib/content/pages';

let sentToTabs: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sentToTabs = vi.fn(async () => undefined);
  fakeBrowser.tabs.sendMessage = sentToTabs as never;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('context menu', () => {
  it('is offered on pages of our sites only', async () => {
    const create = vi.fn();
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined) as never;
    fakeBrowser.contextMenus.create = create as never;
    await createMenus();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ id: SAVE_MENU_ID, title: 'Save to Science Clipper', documentUrlPatterns: OUR_PAGES }),
    );
  });

  it('asks the clicked tab to save its page', async () => {
    await onMenuClicked({ menuItemId: SAVE_MENU_ID } as never, { id: 5 } as never);
    expect(sentToTabs).toHaveBeenCalledWith(5, { type: 'save-page-command' });
  });
});

describe('keyboard command', () => {
  it('asks the tab it was pressed in to save its page', async () => {
    await onCommand(SAVE_PAGE_COMMAND, { id: 9 } as never);
    expect(sentToTabs).toHaveBeenCalledWith(9, { type: 'save-page-command' });
  });

  it('falls back to the active tab when the browser does not say which', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4 }] as never);
    await onCommand(SAVE_PAGE_COMMAND, undefined);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sentToTabs).toHaveBeenCalledWith(4, { type: 'save-page-command' });
  });

  it('ignores other commands', async () => {
    await onCommand('_execute_action', { id: 9 } as never);
    expect(sentToTabs).not.toHaveBeenCalled();
  });
});
