/**
 * The pages our content script runs on, and where its second stage may be loaded: the pages of
 * the manifest's host_permissions (wxt.config.ts) that we read. The background uses the same
 * list to find the tabs that have a content script. https only: an address of ours over http is
 * never clipped, saved or fetched.
 */
export const OUR_PAGES = ['https://amazon.science/*', 'https://www.amazon.science/*', 'https://amazon.jobs/*', 'https://www.amazon.jobs/*'];
