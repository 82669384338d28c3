// The one rule for where a link from a clip may point, wherever the clip is shown again: in the
// reader and in Markdown alike, only web and mail addresses, made absolute against the page.

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** An absolute web or mail address for a link, or null for every other scheme. */
export function linkTarget(value: string, baseUrl: string): string | null {
  try {
    const url = new URL(value.trim(), baseUrl);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
