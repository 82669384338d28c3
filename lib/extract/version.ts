/**
 * Stored with every saved item. Bump it when extraction changes what a clip holds, so items
 * saved by an older extractor can be found and re-extracted from their snapshot.
 */
export const EXTRACTOR_VERSION = 2;
