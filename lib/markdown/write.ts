import type { RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

// Markdown is written from a tree, never pasted together as strings: the writer escapes every
// text, so a title, caption or note that looks like markup ("<img …>", "[x](javascript:…)",
// "# …") stays the text it was.

const OPTIONS: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
};

export function writeMarkdown(nodes: RootContent[]): string {
  return toMarkdown({ type: 'root', children: nodes }, OPTIONS);
}
