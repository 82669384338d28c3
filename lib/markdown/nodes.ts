import type { Heading, List, Paragraph, PhrasingContent } from 'mdast';
import { linkTarget } from '../url/link-target';

// Builders for the Markdown tree, so every document is made of the same few node shapes.

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

/** A link when `url` is a web or mail address (resolved against `base`), else its words alone. */
export function link(url: string, base: string, children: PhrasingContent[]): PhrasingContent[] {
  const target = linkTarget(url, base);
  return target ? [{ type: 'link', url: target, title: null, children }] : children;
}

export function list(items: ReadonlyArray<string | PhrasingContent[]>, ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(...(typeof item === 'string' ? [text(item)] : item))],
    })),
  };
}
