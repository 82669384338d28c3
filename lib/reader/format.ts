const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 3, 2026", as the site prints an article's date; '' for anything that is not YYYY-MM-DD. */
export function articleDate(isoDay: string | null): string {
  const m = isoDay ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay) : null;
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : '';
}

/** "A", "A and B", "A, B and C". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The line under the dek: who wrote it, when, and how long it takes to read. */
export function bylineParts(clip: { authors: readonly string[]; published: string | null; readingMinutes: number | null }): string[] {
  return [
    clip.authors.length ? `By ${namesList(clip.authors)}` : '',
    articleDate(clip.published),
    clip.readingMinutes ? `${clip.readingMinutes} min read` : '',
  ].filter(Boolean);
}
