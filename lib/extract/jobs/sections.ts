// Reads a posting's text the way a person does: as lines, paragraphs, bullets and labels.
// amazon.jobs writes whole sections as one <p> with "- " or "· " bullets joined by <br>, other
// pages use <ul>/<li> or sub-headings; both become the same stream of lines here.
import { inlineField } from './meta';
import { SECTION_SOURCES } from './posting-landmarks';
import { isPayText } from './pay';
import { cleanText } from '../text';
import { anyCase, type AnyCasePattern } from '../any-case';

export interface Line {
  text: string;
  /** 1–6 when the line is (inside) a heading element, else 0. */
  heading: number;
  /** The <li> the line belongs to, when it is a list item. */
  item: Element | null;
  /** The line starts a paragraph (a block boundary or a blank line comes before it). */
  para: boolean;
  /** All of the line's text is bold or strong: a run-in label. */
  emphasis: boolean;
  /** All of the line's text is a link's: it names where the link goes (a menu entry), so it is never a label. */
  link: boolean;
  /** The innermost block element that holds the line. */
  block: Element;
  /**
   * The line's text as the page's elements divide it, as read: "Applied Scientist" and
   * "US, WA, Seattle" of a title link and a <span> beside it on one line.
   */
  segments: string[];
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'option',
  'iframe',
  'input',
  'textarea',
  'head',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const EMPHASIS = new Set(['b', 'strong']);

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/** Whether `a` comes before `b` in their document (bitmask 4 is DOCUMENT_POSITION_FOLLOWING, spelled out for Node, where no DOM globals exist). */
export function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** 1–6 for h1–h6, else 0. */
export function headingLevel(el: Element): number {
  const match = /^h([1-6])$/.exec(el.localName);
  return match ? Number(match[1]) : 0;
}

/** The heading that holds `el` (or is `el`), up to and including `limit`. */
export function closestHeading(el: Element, limit?: Node): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (headingLevel(e)) return e;
    if (e === limit) break;
  }
  return null;
}

/** The first heading inside `el` in document order. Walked by hand: selector engines are slow in jsdom. */
export function firstHeading(el: Element): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (headingLevel(child)) return child;
    const inner = firstHeading(child);
    if (inner) return inner;
  }
  return null;
}

/** Whether `el` holds a heading or a link anywhere inside (or is one). */
export function holdsHeadingOrLink(el: Element): boolean {
  if (headingLevel(el) || (el.localName === 'a' && el.hasAttribute('href'))) return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (holdsHeadingOrLink(child)) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')
  );
}

/** Whether the node just before `el` (comments aside) is an inline element: no text between the two. */
function followsInlineElement(el: Element): boolean {
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 8) prev = prev.previousSibling;
  return isElement(prev) && !isBlock(prev) && prev.localName !== 'br';
}

/**
 * The lines of a subtree in reading order. `skip` leaves out whole subtrees (another job's card,
 * navigation). Never modifies the document.
 */
export function textLines(root: Node, skip: (el: Element) => boolean = () => false): Line[] {
  const lines: Line[] = [];
  let buffer = '';
  let strongChars = 0;
  let linkChars = 0;
  let nextPara = true;
  let heading = 0;
  let item: Element | null = null;
  let strongDepth = 0;
  let linkDepth = 0;
  const top = isElement(root) ? root : ((root as Document).documentElement ?? null);
  if (!top) return [];
  const blocks: Element[] = [top];
  let segment = '';
  let segments: string[] = [];

  const cut = () => {
    const text = cleanText(segment);
    if (text) segments.push(text);
    segment = '';
  };
  const flush = (paragraph: boolean) => {
    cut();
    const text = cleanText(buffer);
    if (text) {
      const chars = buffer.replace(/\s+/g, '').length;
      const emphasis = strongChars >= chars;
      const link = linkChars >= chars;
      lines.push({ text, heading, item, para: nextPara, emphasis, link, block: blocks[blocks.length - 1] ?? top, segments });
      nextPara = paragraph;
    } else {
      nextPara = nextPara || paragraph;
    }
    buffer = '';
    strongChars = 0;
    linkChars = 0;
    segments = [];
  };
  const brk = () => {
    if (cleanText(buffer)) flush(false);
    else nextPara = true;
    buffer = '';
    strongChars = 0;
    linkChars = 0;
  };

  const walkChildren = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      buffer += value;
      segment += value;
      const chars = strongDepth > 0 || linkDepth > 0 ? value.replace(/\s+/g, '').length : 0;
      if (strongDepth > 0) strongChars += chars;
      if (linkDepth > 0) linkChars += chars;
      return;
    }
    if (!isElement(node) && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (isElement(node)) {
      const tag = node.localName;
      if (SKIPPED.has(tag) || isHidden(node) || (node !== root && skip(node))) return;
      if (tag === 'br') return brk();
      if (isBlock(node)) {
        const level = headingLevel(node);
        const saved = { heading, item };
        flush(tag !== 'li' && tag !== 'dd' && tag !== 'dt');
        blocks.push(node);
        if (level) heading = level;
        // The root itself (a card that is an <li>) is the whole text, not one item of a list in it.
        if (tag === 'li' && node !== root) item = node;
        walkChildren(node);
        flush(tag !== 'li' && tag !== 'dd' && tag !== 'dt');
        blocks.pop();
        ({ heading, item } = saved);
        return;
      }
      // Inline elements set side by side (<span>Job ID: 1</span><span>Amazon.com Services LLC</span>)
      // are separate fields that the page's styles space apart.
      if (followsInlineElement(node) && /\S$/.test(buffer)) buffer += ' ';
      cut();
      const link = tag === 'a' && node.hasAttribute('href');
      if (EMPHASIS.has(tag)) strongDepth++;
      if (link) linkDepth++;
      walkChildren(node);
      if (EMPHASIS.has(tag)) strongDepth--;
      if (link) linkDepth--;
      cut();
      return;
    }
    walkChildren(node);
  };

  walk(root);
  flush(true);
  return lines;
}

/** Joins lines into plain text: one line per line, a blank line between paragraphs. */
export function linesToText(lines: Line[]): string {
  return lines.map((line, i) => (i > 0 ? (line.para ? '\n\n' : '\n') : '') + line.text).join('');
}

// ---- bullets ----------------------------------------------------------------------------------

const BULLET = /^(?:[•·▪◦●‣∙○■□➢►]\s*|[-–—*+]\s+|\d{1,2}[.)]\s+)/;

/** The text of a bullet line without its marker, or null when the line is not a bullet. */
export function bulletText(text: string): string | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length).trim();
  return rest || null;
}

/** A bullet written by hand ("- x") or an HTML list item. */
export function isBullet(line: Line): boolean {
  return !!line.item || bulletText(line.text) !== null;
}

/** Consecutive lines of one <li> are one item. */
function mergeItems(lines: Line[]): Line[] {
  const merged: Line[] = [];
  for (const line of lines) {
    const last = merged[merged.length - 1];
    if (last && line.item && last.item === line.item && bulletText(line.text) === null) {
      merged[merged.length - 1] = { ...last, text: `${last.text} ${line.text}` };
    } else merged.push(line);
  }
  return merged;
}

function itemText(line: Line): string {
  return bulletText(line.text) ?? line.text;
}

// ---- boilerplate --------------------------------------------------------------------------------

/** Sentences amazon.jobs appends to every posting: equal opportunity, accommodation, pay, benefits. */
const BOILERPLATE = [
  /\bequal (?:employment )?opportunity\b/i,
  /\bprotected veteran\b/i,
  /\blegally protected status\b/i,
  /\bdoes not discriminate\b/i,
  /\b(?:workplace )?accommodations?\b.*\b(?:application|hiring|interview)\b/i,
  /\b(?:base pay|pay range|salary range|compensation reflects|cost of labor|total compensation)\b/i,
  /\$\s?\d[\d,]*(?:\.\d+)?\s*(?:\/|per)\s*(?:year|yr|hour|hr)\b/i,
  /\bpay is based on\b/i,
  /\bemployee-benefits\b|\bfull range of medical\b/i,
  /\bsign-on payments?\b|\brestricted stock units\b|\bfinal compensation\b|\bcomprehensive benefits\b|\bamazon\.jobs\/en\/benefits\b/i,
  /\bthis position will remain posted\b|\bapplicants should apply via\b/i,
  /\bfair chance\b|\bcriminal histor(?:y|ies)\b|\bLos Angeles County\b/i,
  /\binclusive culture empowers\b/i,
  /\bif the country\/region you.re applying in isn.t listed\b/i,
];

/** Equal-opportunity and pay paragraphs, pay lines, and the "Company - X" / "Job ID: X" lines closing a posting. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.some((re) => re.test(text)) || isPayText(text) || ['company', 'jobId'].includes(inlineField(text)?.kind ?? '');
}

/** Bullets run together on one line, as flattened text has them: "you will: * Build * Ship". */
const INLINE_BULLETS = [/\s[*•·▪]\s+/, /\s[-–]\s+/, /\s\d{1,2}[.)]\s+(?=\p{Lu})/u];

function expandInlineBullets(line: Line): Line[] {
  for (const marker of INLINE_BULLETS) {
    const parts = ` ${line.text}`.split(marker);
    if (parts.length < 3) continue;
    const [lead = '', ...items] = parts;
    const expanded = items.map((text) => ({ ...line, text: `- ${text.trim()}`, para: false }));
    return lead.trim() ? [{ ...line, text: lead.trim() }, ...expanded] : expanded;
  }
  return [line];
}

/**
 * The items of a list: its bullets (hand-written or <li>), else, when it has none, its lines.
 * A lead-in ("you will:"), headings and the equal-opportunity and pay paragraphs are never items.
 */
export function listItems(lines: Line[]): string[] {
  // Pay lines have dashes of their own ("USA, WA, Seattle - 1 - 2 USD annually"): out before bullets are split.
  let merged = mergeItems(lines).filter((l) => !isBoilerplate(l.text));
  // A list written line by line has several bullet lines; fewer means its bullets ran together.
  if (merged.filter(isBullet).length < 2) merged = merged.flatMap(expandInlineBullets);
  const bullets = merged.filter(isBullet);
  const chosen = bullets.length > 0 ? bullets : merged.filter((l) => !l.heading && !/:$/.test(l.text));
  return chosen.map(itemText).filter((t) => t && !isBoilerplate(t));
}

// ---- labels -------------------------------------------------------------------------------------

export type SectionKind = 'description' | 'basic' | 'preferred';

/** Each section's label as a whole line, from the posting landmarks' sources (one list of the localised headings). */
const SECTION_LABELS: [SectionKind, AnyCasePattern][] = SECTION_SOURCES.map(([kind, source]) => [kind, anyCase(`^(?:${source})$`)]);

function labelText(text: string): string {
  return cleanText(text).replace(/\s*:$/, '');
}

/** Which section a label line opens ("Basic Qualifications", "DESCRIPTION:"), or null. */
export function sectionLabel(text: string): SectionKind | null {
  const label = labelText(text);
  if (label.length > 40) return null;
  return SECTION_LABELS.find(([, re]) => re.test(label))?.[0] ?? null;
}

/** Sub-headings inside a description, as amazon.jobs writes them on a line of their own. */
const RESPONSIBILITY_LABEL = anyCase(
  String.raw`^(?:(?:key\s+)?(?:job\s+)?(?:responsibilities|duties)(?:\s+(?:will\s+)?include)?|what you.ll do|what you will do|your (?:role|responsibilities|impact)|(?:principales|les) responsabilit[ée]s|responsabilit[ée]s (?:cl[ée]s|principales)|hauptaufgaben|ihre aufgaben|wichtigste aufgaben|responsabilidades (?:clave|principales)|principales responsabilidades|funciones principales|responsabilit[àa] principali|principali responsabilit[àa]|principais responsabilidades|responsabilidades principais|belangrijkste verantwoordelijkheden|g[łl][óo]wne obowi[ąa]zki|主な職務(?:内容)?|主な責任|主要职责|工作职责|岗位职责|주요 (?:업무|직무))$`,
);
const OTHER_LABEL = anyCase(
  String.raw`^(?:a day in the life|a typical day\b.*|about the (?:team|role|job|position|hiring group|organization)|about us|about (?:amazon|aws|the company)|who we are|why (?:amazon|aws|join us)|our team|team (?:description|overview)|benefits|perks|inclusive team culture|work\/life balance|mentorship (?:&|and) career growth|diverse experiences|(?:une )?journ[ée]e type|[àa] propos de l['’][ée]quipe|ein tag im leben|[üu]ber das team|un d[ií]a (?:en la vida|t[ií]pico)|(?:acerca del|sobre el) equipo|informazioni sul team|sobre a equipe|sobre a equipa|ある一日|チームについて|关于团队|팀 소개)$`,
);
/** A lead-in that names responsibilities: "Your responsibilities include:", "Key responsibilities:". */
const RESPONSIBILITY_LEAD_IN = /\b(?:responsibilit(?:y|ies)|duties)\b[^.!?]*:$/i;

type SubLabel = 'responsibilities' | 'other';

function subLabel(line: Line): SubLabel | null {
  const label = labelText(line.text);
  const short = label.split(' ').length <= 8;
  if (short && RESPONSIBILITY_LABEL.test(label)) return 'responsibilities';
  if (line.text.length <= 160 && RESPONSIBILITY_LEAD_IN.test(line.text)) return 'responsibilities';
  if (runInText(line.text)) return 'responsibilities';
  if (short && OTHER_LABEL.test(label)) return 'other';
  if ((line.heading || line.emphasis) && short && !/[.!?]$/.test(label)) return 'other';
  return null;
}

/**
 * Responsibilities written inside a description: the bullets (or, without bullets, the lines)
 * under "Key job responsibilities" or after a lead-in such as "Your responsibilities include:",
 * up to the next label or paragraph. Bullets under "A day in the life", "About the team" and
 * other sub-headings are not responsibilities.
 */
export function responsibilitiesFrom(lines: Line[]): string[] {
  const found: string[] = [];
  let block: Line[] | null = null;
  const close = () => {
    if (block) found.push(...listItems(block));
    block = null;
  };
  for (const line of mergeItems(lines)) {
    const label = subLabel(line);
    if (label) {
      close();
      if (label === 'responsibilities') {
        block = [];
        const inline = runInText(line.text);
        if (inline) block.push({ ...line, text: inline, para: false });
      }
      continue;
    }
    if (!block) continue;
    // A paragraph ends the block, but the next item of a list is no new paragraph (<li><div>…</div></li>).
    const continuesList = !!line.item && !!block[block.length - 1]?.item;
    if (line.para && !continuesList && block.some((l) => !/:$/.test(l.text))) {
      close();
      continue;
    }
    block.push(line);
  }
  close();
  return found;
}

/** Text that follows a run-in label on the same line: "Key job responsibilities: Build models". */
function runInText(text: string): string | null {
  const match = /^(?:key\s+)?(?:job\s+)?responsibilities\s*:\s*(.+)$/i.exec(text);
  const rest = match?.[1];
  return rest && !/:$/.test(rest) ? rest : null;
}

/**
 * Labels that flattened text (a card's teaser, a structured-data description without markup)
 * runs into the text before and after them. Matched in their own capitalisation only, so that
 * "learn about the team" in a sentence stays a sentence.
 */
const RUN_IN =
  /(?:^|(?<=\s))(Key job responsibilities|A day in the life|About the team|Basic Qualifications|Preferred Qualifications|BASIC QUALIFICATIONS|PREFERRED QUALIFICATIONS|DESCRIPTION)(?=\s*:?\s+(?:[-*•·\p{Lu}]|\d{1,2}[.)]\s)|\s*:?\s*$)/gu;

/** Puts run-in labels on lines of their own, so that the label rules apply to flattened text. */
export function splitRunIns(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    const pieces = line.text.split(RUN_IN).map((p) => p.trim().replace(/^:\s*/, ''));
    if (pieces.length < 3) return [line];
    const out: Line[] = [];
    pieces.forEach((text, i) => {
      if (text) out.push({ ...line, text, para: i === 0 ? line.para : i % 2 === 1 });
    });
    return out;
  });
}

export interface PostingSections {
  /** Lines before the first section label. */
  lead: Line[];
  description: Line[];
  basic: Line[];
  preferred: Line[];
}

/**
 * Splits a posting's lines at its section labels; labels themselves are dropped. A description
 * keeps its sub-headings verbatim, but a qualification list ends at the next other heading
 * (a sidebar's "Locations", "Similar jobs").
 */
export function splitSections(lines: Line[]): PostingSections {
  const sections: PostingSections = { lead: [], description: [], basic: [], preferred: [] };
  let current: Line[] | null = sections.lead;
  let kind: SectionKind | null = null;
  for (const line of lines) {
    const label = sectionLabel(line.text);
    if (label) {
      kind = label;
      current = sections[label];
      continue;
    }
    if (line.heading && (kind === 'basic' || kind === 'preferred')) current = null;
    current?.push(line);
  }
  return sections;
}
