/**
 * The pages our content script runs on, and where its second stage may be loaded: the pages of
 * the manifest's host_permissions (wxt.config.ts) that we read. The background uses the same
 * list to find the tabs that have a content script.
 */
export const OUR_PAGES = ['*://amazon.science/*', '*://www.amazon.science/*', '*://amazon.jobs/*', '*://www.amazon.jobs/*'];
