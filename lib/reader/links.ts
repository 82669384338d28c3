// The reader's address is `reader.html?id=<item id>`; the popup and the library link to it with readerPath.

export function readerPath(itemId: string): string {
  return `/reader.html?id=${encodeURIComponent(itemId)}`;
}

/** The item id a reader address names, or null when it names none. */
export function readerItemId(search: string): string | null {
  const id = new URLSearchParams(search).get('id')?.trim();
  return id ? id : null;
}

/** Where a saved job opens: its card on the jobs board. */
export function jobsBoardPath(itemId: string): string {
  return `/jobs.html#${encodeURIComponent(itemId)}`;
}
