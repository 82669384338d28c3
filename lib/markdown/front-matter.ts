import { stringify } from 'yaml';

// YAML front matter, the block Obsidian, Logseq and static-site tools read as a note's properties.
// Written by a YAML library: a value with a colon, quotes, `---` or a line break is quoted or
// escaped by it, so it stays one value and can never start a key of its own.

export type Property = string | number | readonly string[] | null;

/** The block with its fences; properties that are null, empty or empty lists are left out. */
export function frontMatter(properties: Readonly<Record<string, Property>>): string {
  const kept = Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
  // lineWidth 0: a long title stays on one line rather than being folded.
  return `---\n${stringify(kept, { lineWidth: 0 })}---\n`;
}
