// The caps of the message contract (lib/messages.ts), in a module of their own so that the
// content script can honour them without bringing the schemas (and zod) into every page.

/** A larger page is saved without its snapshot rather than refused. */
export const MAX_SNAPSHOT_CHARS = 20_000_000;

/** The most job ids one page-state request may name. */
export const MAX_PAGE_JOB_IDS = 500;
