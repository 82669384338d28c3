// Background → content script commands. Checked by hand rather than with zod: the content script
// runs on every page of our sites, and zod would be most of its size.

/**
 * `save-page-command`: the context menu or keyboard shortcut asks to save the page shown in this
 * tab. `refresh-state`: the library changed, so the widget asks for its page state again (which
 * also resets the badge).
 */
export type TabCommand = { type: 'save-page-command' } | { type: 'refresh-state' };

const COMMANDS: ReadonlySet<string> = new Set<TabCommand['type']>(['save-page-command', 'refresh-state']);

/** The command a runtime message carries, or null when the message is not one of ours. */
export function parseTabCommand(message: unknown): TabCommand | null {
  if (typeof message !== 'object' || message === null) return null;
  const type: unknown = (message as { type?: unknown }).type;
  return typeof type === 'string' && COMMANDS.has(type) ? ({ type } as TabCommand) : null;
}
