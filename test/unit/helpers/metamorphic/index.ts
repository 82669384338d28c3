// The metamorphic transformer: variants that rewrite a page's markup while keeping what it says.
// Each variant is a deterministic function on a document (a fresh copy of a fixture); the suite in
// test/unit/extract/metamorphic.test.ts checks that every fixture keeps its expected fields under
// every variant. Why each variant keeps the meaning: docs/metamorphic-tests.md.

import { hashClassesAndIds, removeClassesAndIds, shuffleAttributes } from './attributes';
import { bulletsAsList } from './bullets';
import { bylineAsList, bylineAsSentence } from './byline';
import { creditBesideCaption } from './credit';
import { landmarksAsDiv, swapContainers } from './containers';
import { datesAsTimestamps, malformJsonLd, partialJsonLd, removeJsonLd, removeMeta } from './head';
import { shiftHeadings } from './headings';
import { labelInCase, labelsAs } from './labels';
import { linksAbsolute, linksPageRelative, linksRootRelative } from './links';
import { qaMarkersRemoved } from './qa';
import { pullQuotesAsAside, pullQuotesAttributionAfter } from './quotes';
import { minifyWhitespace, reflowWhitespace } from './whitespace';
import { wrapBlocks, wrapLeadFigure } from './wrappers';

export interface Variant {
  name: string;
  /** What the variant does, in a few words: the matrix's legend. */
  summary: string;
  apply: (doc: Document) => void;
  /**
   * How the variant rewrites a text the expected file quotes verbatim (textIncludes, textExcludes),
   * when it rewrites page text: the label-case variants write "Key job responsibilities" in their case.
   */
  quoted?: (text: string) => string;
}

type Step = (doc: Document) => void;

function steps(...all: Step[]): Step {
  return (doc) => all.forEach((step) => step(doc));
}

export const VARIANTS: readonly Variant[] = [
  { name: 'original', summary: 'the fixture unchanged (the control column)', apply: () => {} },
  {
    name: 'classes-hashed',
    summary: 'every class and id renamed to a hashed name (_a3f9c2), id references following',
    apply: hashClassesAndIds,
  },
  { name: 'classes-removed', summary: 'every class and id attribute removed', apply: removeClassesAndIds },
  {
    name: 'containers-swapped',
    summary: 'every div/section/article that holds blocks written as one of the other two',
    apply: swapContainers,
  },
  {
    name: 'landmarks-as-div',
    summary: 'main, header, footer, nav and aside written as divs',
    apply: landmarksAsDiv('main, header, footer, nav, aside'),
  },
  { name: 'jsonld-removed', summary: 'every JSON-LD block removed', apply: removeJsonLd },
  {
    name: 'jsonld-malformed',
    summary: 'every JSON-LD block cut short (invalid JSON); a page without one gets a broken one',
    apply: malformJsonLd,
  },
  {
    name: 'jsonld-partial',
    summary:
      'JSON-LD with only the first author and dates as "Sept. 10, 2026", the time metas it replaces removed (added to og:type=article pages)',
    apply: partialJsonLd,
  },
  {
    name: 'dates-timestamp',
    summary: 'machine-readable dates (JSON-LD, time metas, <time datetime>) as full ISO timestamps with an offset',
    apply: datesAsTimestamps,
  },
  {
    name: 'meta-removed',
    summary: 'every named <meta> (description, og:*, twitter:*, article:*) and the canonical link removed',
    apply: removeMeta,
  },
  { name: 'head-bare', summary: 'meta-removed and jsonld-removed: only what the page shows', apply: steps(removeMeta, removeJsonLd) },
  { name: 'links-root-relative', summary: 'same-site links as /path, other Amazon hosts as //host/path', apply: linksRootRelative },
  {
    name: 'links-page-relative',
    summary: "same-site links relative to the page's folder (../path), other Amazon hosts as //host/path",
    apply: linksPageRelative,
  },
  { name: 'links-absolute', summary: 'every relative link written out in full', apply: linksAbsolute },
  { name: 'headings-down', summary: 'h2–h5 one level deeper (h2 → h3 …)', apply: shiftHeadings(1) },
  { name: 'headings-up', summary: 'h3–h6 one level shallower (h3 → h2 …)', apply: shiftHeadings(-1) },
  {
    name: 'labels-h2-upper',
    summary: 'section labels (Research areas, Tags, Description, Basic qualifications …) as <h2>, in UPPER CASE',
    apply: labelsAs('h2', 'upper'),
    quoted: labelInCase('upper'),
  },
  {
    name: 'labels-h3-lower',
    summary: 'section labels as <h3>, in lower case',
    apply: labelsAs('h3', 'lower'),
    quoted: labelInCase('lower'),
  },
  {
    name: 'labels-strong-sentence',
    summary: 'section labels as <p><strong>, in Sentence case',
    apply: labelsAs('strong', 'sentence'),
    quoted: labelInCase('sentence'),
  },
  {
    name: 'labels-p-title',
    summary: 'section labels as a plain <p>, in Title Case',
    apply: labelsAs('p', 'title'),
    quoted: labelInCase('title'),
  },
  { name: 'labels-dt', summary: 'section labels as <dl><dt>label</dt><dd>what follows it</dd></dl>', apply: labelsAs('dt') },
  {
    name: 'byline-list',
    summary: 'the byline as a <ul> of the names (links kept; "By" only when a name has no author link)',
    apply: bylineAsList,
  },
  {
    name: 'byline-sentence-mixed',
    summary: 'the byline as one sentence, "By A, B, and C", only the first name linked',
    apply: bylineAsSentence('first'),
  },
  { name: 'byline-sentence-plain', summary: 'the byline as one sentence with no links', apply: bylineAsSentence('none') },
  {
    name: 'pull-quotes-as-aside',
    summary: 'each attributed pull quote as <aside><p>quote</p><cite>name</cite></aside>',
    apply: pullQuotesAsAside,
  },
  {
    name: 'pull-quotes-attribution-after',
    summary: 'each attributed pull quote as a bare <blockquote> and a separate "— name" paragraph',
    apply: pullQuotesAttributionAfter,
  },
  { name: 'qa-markers-removed', summary: 'interview questions and answers without their "Q." / "A." markers', apply: qaMarkersRemoved },
  {
    name: 'lead-figure-wrapped',
    summary: 'the lead figure two divs deep, its image in <picture><source>, its caption nested',
    apply: wrapLeadFigure,
  },
  {
    name: 'lead-credit-apart',
    summary: 'the lead figure\'s "Credit: …" line moved out of the caption into a <small> beside it',
    apply: creditBesideCaption,
  },
  { name: 'blocks-wrapped', summary: 'every paragraph, list, heading, quote, table and figure in a div of its own', apply: wrapBlocks },
  { name: 'bullets-as-list', summary: 'lines starting "- " or "· " in a paragraph written as a <ul>', apply: bulletsAsList },
  {
    name: 'reflowed-attributes-shuffled',
    summary: 'whitespace runs as other mixes of spaces, newlines and indentation; attributes in another order',
    apply: steps(reflowWhitespace, shuffleAttributes),
  },
  {
    name: 'whitespace-minified',
    summary: 'whitespace between blocks removed, runs collapsed, block edges trimmed',
    apply: minifyWhitespace,
  },
  {
    name: 'component-app',
    summary:
      'a component-framework build: classes-hashed, containers-swapped, landmarks-as-div, lead-figure-wrapped, blocks-wrapped, whitespace-minified, attributes shuffled',
    apply: steps(
      hashClassesAndIds,
      swapContainers,
      landmarksAsDiv('main, header, footer, nav, aside'),
      wrapLeadFigure,
      wrapBlocks,
      minifyWhitespace,
      shuffleAttributes,
    ),
  },
];
