import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import type { Blockquote, Heading, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { imageKey } from '../images/sources';
import { questionPrint } from '../reader/interview';
import { pullQuotePlaces } from '../reader/pull-quotes';
import type { ArticleClip, PullQuote } from '../types';
import { heading, link, paragraph, text } from './nodes';

// The clip's sanitized html as Markdown nodes (mdast). The html is parsed as data (parse5, no
// DOM), so this runs the same in a page, in the export's worker and in Node. Nothing in the html
// is carried over as markup: links keep only web and mail addresses, images only the addresses
// the caller gives them, comments are dropped, and every text is escaped when the tree is written.

/** Where an image points in the Markdown: an address or a relative path; null leaves the image out. */
export type ImageTarget = (key: string) => string | null;

export interface BodyOptions {
  images: ImageTarget;
}

export interface Body {
  nodes: RootContent[];
  /** How many of clip.qa's questions were found in the body (0: the caller lists the interview itself). */
  questionsFound: number;
}

/** The level of a question of an interview: under the body's own section headings. */
export const QUESTION_DEPTH = 3;

function attr(element: Element, name: string): string {
  const value = element.properties[name];
  return typeof value === 'string' ? value : '';
}

export function bodyNodes(clip: Pick<ArticleClip, 'html' | 'url' | 'qa' | 'pullQuotes'>, options: BodyOptions): Body {
  const handlers: Record<string, Handle> = {
    a(state, element) {
      return link(attr(element, 'href'), clip.url, state.all(element) as PhrasingContent[]);
    },
    img(_state, element) {
      const src = attr(element, 'src').trim();
      const key = src ? imageKey(src, clip.url) : null;
      const url = key && options.images(key);
      return url ? { type: 'image', url, alt: attr(element, 'alt').replace(/\s+/g, ' ').trim(), title: null } : undefined;
    },
    figure: figureNodes,
  };
  const tree = toMdast(fromHtml(clip.html, { fragment: true }), {
    handlers,
    // A comment would become raw HTML in the Markdown.
    nodeHandlers: { comment: () => undefined },
  });
  const nodes = withoutRawHtml(tree.type === 'root' ? tree.children : [tree as RootContent]);
  const withQuotes = insertPullQuotes(nodes, clip.pullQuotes);
  return markInterview(withQuotes, clip.qa);
}

/** A figure reads as its picture, then its caption in italics. */
function figureNodes(state: State, element: Element): RootContent[] {
  const isCaption = (child: ElementContent) => child.type === 'element' && child.tagName === 'figcaption';
  const picture = state.toFlow(state.all({ ...element, children: element.children.filter((c) => !isCaption(c)) }));
  const caption = element.children.find(isCaption) as Element | undefined;
  const words = caption ? state.toFlow(state.all(caption)) : [];
  return [
    ...picture,
    ...words.map((node) => (node.type === 'paragraph' ? paragraph({ type: 'emphasis', children: node.children }) : node)),
  ];
}

/** Drops any raw HTML node wherever it sits: the Markdown must never carry markup of the page's. */
function withoutRawHtml<T extends RootContent>(nodes: T[]): T[] {
  return nodes
    .filter((node) => node.type !== 'html')
    .map((node) => ('children' in node ? ({ ...node, children: withoutRawHtml(node.children as RootContent[]) } as T) : node));
}

/** A pull quote as a block quote, its speaker on a line of its own. */
export function pullQuoteNode(quote: PullQuote): Blockquote {
  const by = quote.by ? [paragraph(text(`— ${quote.by}`))] : [];
  return { type: 'blockquote', children: [paragraph(text(quote.text)), ...by] };
}

/**
 * Sets the pull quotes the body lacks apart where the reader does (lib/reader/pull-quotes.ts); a
 * paragraph that is nothing but the quote becomes the block quote rather than being repeated.
 */
function insertPullQuotes(nodes: RootContent[], quotes: readonly PullQuote[]): RootContent[] {
  if (quotes.length === 0) return nodes;
  const paragraphs = nodes.filter((node): node is Paragraph => node.type === 'paragraph');
  const shown = nodes.filter((node) => node.type === 'blockquote').map((node) => toString(node));
  const places = pullQuotePlaces(
    paragraphs.map((p) => toString(p)),
    shown,
    quotes,
  );
  if (places.length === 0) return nodes;
  const out: RootContent[] = [];
  for (const node of nodes) {
    const here = places.filter((place) => place.after >= 0 && paragraphs[place.after] === node);
    if (!here.some((place) => place.whole)) out.push(node);
    out.push(...here.map((place) => pullQuoteNode(place.quote)));
  }
  out.push(...places.filter((place) => place.after === -1).map((place) => pullQuoteNode(place.quote)));
  return out;
}

export function questionHeading(question: string): Heading {
  return heading(QUESTION_DEPTH, question);
}

/**
 * An interview's questions, wherever the page wrote them (a bold paragraph, a heading, plain
 * text), become headings of their own, in the clip's words without the "Q."; the answers are the
 * paragraphs that follow. Found by their text, as the reader finds them (lib/reader/interview.ts).
 */
function markInterview(nodes: RootContent[], qa: ArticleClip['qa']): Body {
  const questions = new Map(qa.map((pair) => [questionPrint(pair.q), pair.q] as const).filter(([print]) => print));
  if (questions.size === 0) return { nodes, questionsFound: 0 };
  let questionsFound = 0;
  const marked = nodes.map((node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return node;
    const question = questions.get(questionPrint(toString(node as Nodes)));
    if (question === undefined) return node;
    questionsFound++;
    return questionHeading(question);
  });
  return { nodes: marked, questionsFound };
}
