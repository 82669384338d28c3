import type { Item } from '../db/schema';
import { itemMarkdown } from '../markdown/document';
import { safeFileStem } from '../markdown/file-names';

// One item as a Markdown file of its own, its pictures linked at the site's addresses: what
// "Download .md" and "Copy as Markdown" hand over. Many items go in a .zip (lib/markdown/zip-export.ts).

export interface MarkdownFile {
  name: string;
  text: string;
  type: string;
}

export function markdownFile(item: Item): MarkdownFile {
  return { name: `${safeFileStem(item.title)}.md`, text: itemMarkdown(item), type: 'text/markdown;charset=utf-8' };
}
