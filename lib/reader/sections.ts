// Keyboard navigation between the reader's sections (j / k): which section to bring to the top.

/** Elements the reader can jump between carry this attribute. */
export const SECTION_ATTR = 'data-section';

/**
 * The index of the section to jump to, from each section's distance to the reading line (the
 * top of the text below the toolbar; negative = above it). `slack` absorbs rounding, so the
 * section already at the line is neither "next" nor "previous". Null when there is none.
 */
export function sectionTarget(offsets: readonly number[], direction: 1 | -1, slack = 4): number | null {
  if (direction === 1) {
    const next = offsets.findIndex((offset) => offset > slack);
    return next === -1 ? null : next;
  }
  for (let i = offsets.length - 1; i >= 0; i--) if (offsets[i]! < -slack) return i;
  return null;
}
