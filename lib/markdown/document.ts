import type { Item } from '../db/schema';
import { isAllowedImageUrl } from '../images/hosts';
import { articleNodes } from './article';
import type { ImageTarget } from './body';
import { frontMatter } from './front-matter';
import { jobNodes } from './job';
import { itemProperties } from './properties';
import { writeMarkdown } from './write';

/**
 * Images of a single file, which has no folder beside it: the site's own picture addresses, as
 * the page showed them. Any other host is left out, so opening the note never reports to it.
 */
export const remoteImages: ImageTarget = (key) => (isAllowedImageUrl(key) ? key : null);

/** One item as a Markdown file: YAML front matter, then the document. */
export function itemMarkdown(item: Item, images: ImageTarget = remoteImages): string {
  const nodes = item.kind === 'job' ? jobNodes(item) : articleNodes(item, images);
  return `${frontMatter(itemProperties(item))}\n${writeMarkdown(nodes)}`;
}
