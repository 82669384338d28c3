// Head metadata: <meta> tags and the page's JSON-LD article, when the page has them.

import { cleanText, nonEmpty } from '../text';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|AnalysisNewsArticle|ReportageNewsArticle)$/;

export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  /** Names of `Person` authors; organisations are publishers, not bylines. */
  authors: string[];
}

/** The content of the first `<meta property|name=…>` among `keys` that has one. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const meta of doc.querySelectorAll('meta[property], meta[name], meta[itemprop]')) {
      const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
      if (name?.toLowerCase() !== key.toLowerCase()) continue;
      const content = nonEmpty(meta.getAttribute('content'));
      if (content) return content;
    }
  }
  return null;
}

/** True when the head declares the page an article (og:type, a published time, or a JSON-LD article). */
export function declaresArticle(doc: Document): boolean {
  return metaContent(doc, 'og:type')?.toLowerCase() === 'article' || !!metaContent(doc, 'article:published_time') || !!jsonLdArticle(doc);
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in the JSON-LD blocks, `@graph` members included; a block that does not parse is skipped. */
function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      nodes.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is the site's bug; the rest of the page still reads.
    }
  }
  return nodes;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => {
    if (typeof item === 'string') return [cleanText(item)].filter(Boolean);
    if (!item || typeof item !== 'object') return [];
    const node = item as Record<string, unknown>;
    if (typesOf(node).some((t) => t !== 'Person')) return [];
    return typeof node.name === 'string' && cleanText(node.name) ? [cleanText(node.name)] : [];
  });
}

export function jsonLdArticle(doc: Document): JsonLdArticle | null {
  const node = jsonLdNodes(doc).find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  if (!node) return null;
  return {
    headline: typeof node.headline === 'string' ? nonEmpty(node.headline) : null,
    datePublished: typeof node.datePublished === 'string' ? nonEmpty(node.datePublished) : null,
    authors: names(node.author),
  };
}
