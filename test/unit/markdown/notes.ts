// Reads exported Markdown back the way a Markdown tool does: the YAML front matter with a YAML
// parser, the rest with a CommonMark + GFM parser (micromark, as mdast).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';
import type { Item } from '../../../lib/db/schema';

export const GOLDEN_DIR = join(process.cwd(), 'test/fixtures/markdown');
export const GOLDEN_NAMES = [
  'science-blog-overfit',
  'science-profile-leino',
  'science-qa-rastogi',
  'hostile-xss',
  'jobs-detail-1324373',
] as const;

export function goldenItem(name: (typeof GOLDEN_NAMES)[number]): Item {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.item.json`), 'utf8')) as Item;
}

export interface Note {
  properties: Record<string, unknown>;
  tree: Root;
}

export function readNote(markdown: string): Note {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(markdown);
  if (!match) throw new Error('the file does not start with front matter');
  return {
    properties: parse(match[1]!) as Record<string, unknown>,
    tree: fromMarkdown(markdown.slice(match[0].length), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  };
}

/** Every node of the tree, depth first. */
export function allNodes(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? tree.children.flatMap((child) => allNodes(child as Nodes)) : [])];
}

export function headings(tree: Root, depth?: number): string[] {
  return allNodes(tree)
    .filter((node): node is Heading => node.type === 'heading' && (depth === undefined || node.depth === depth))
    .map((node) => toString(node));
}

/** Addresses of the links and images, and of anything else that carries one. */
export function addresses(tree: Root): string[] {
  return allNodes(tree).flatMap((node) => ('url' in node && typeof node.url === 'string' ? [node.url] : []));
}
