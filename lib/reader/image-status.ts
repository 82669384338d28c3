// What the reader shows where a picture is not (yet) stored: the background may still be
// downloading it (its work is recorded with the item, lib/images/pending.ts), or it could not be
// had (refused, off the image hosts, too large, or the page was saved offline).

export type AbsentImage = 'downloading' | 'missing';

/** The placeholder's words: what happened, then as one line of text and as an accessible label with the picture's alt text. */
export function absentImageText(status: AbsentImage, alt: string): { what: string; text: string; label: string } {
  const what = status === 'downloading' ? 'Image still downloading' : 'Image not saved';
  return { what, text: alt ? `${what} — ${alt}` : what, label: alt ? `${what}: ${alt}` : what };
}
