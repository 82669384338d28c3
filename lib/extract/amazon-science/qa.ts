// Q&A interviews: each question with the paragraphs that answer it, read from the cleaned body
// (pull quotes and promos are already out of it). A question is marked ("Q. …", "Q: …", a "Q."
// set in an element of its own before it) or, with no marker anywhere, is a line set wholly in
// bold or italics that asks something, or a subhead of an interview whose subheads all ask and
// whose answers speak as "I". An answer may hold bold words of its own.

import type { QA } from '../../types';
import { cleanText, textOf } from '../text';
import { isLeafBlock } from './dom';
import { FIRST_PERSON } from './page-kind';

const Q_MARK = /^(?:Q|Question)\s*[.:)]\s*/;
/** A text node that opens with a marker, or is one ("<b>Q</b>. Why?"). */
const Q_MARK_NODE = /^\s*(?:Q|Question)(?:\s*[.:)]|\s*$)/;
/** A marker set apart from its question or answer: "<span>Q.</span><p>…</p>". */
const Q_ALONE = /^(?:Q|Question)\s*[.:)]?$/;
const A_ALONE = /^(?:A|Answer)\s*[.:)]?$/;
const A_MARK = /^A\s*[.:)]\s+/;
const UNIT = 'p, li, h2, h3, h4, h5, h6, pre, dt, dd, div';
/** Unmarked questions (a bold line or a subhead ending in "?") only count when the page has several: one could be a subhead. */
const MIN_UNMARKED = 2;
/** Subheads are a weaker sign than marked or bold questions: an essay may ask two of them. */
const MIN_HEADING_QUESTIONS = 3;
/** A question ends with a question mark, perhaps inside closing quotes or brackets. */
const ASKS = /\?["”’)\]]*$/;

/** The body's reading units in order: paragraphs, headings, list items; never a wrapper of those. */
function units(root: Element): Element[] {
  return [...root.querySelectorAll(UNIT)].filter((el) => isLeafBlock(el) && textOf(el) && !el.closest('figure'));
}

/** Letters and digits only: bold text and line text compared without the punctuation around them. */
function bare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Bold or italic: how an interview sets its questions apart when it does not mark them. */
const EMPHASIS = 'strong, b, em, i';

function boldText(el: Element): string {
  return cleanText(
    [...el.querySelectorAll(EMPHASIS)]
      .filter((b) => !b.parentElement?.closest(EMPHASIS))
      .map((b) => textOf(b))
      .join(' '),
  );
}

/** A line wholly in bold (or italics) that asks something. Bold words inside an answer's sentence are not one. */
function isBoldQuestion(el: Element): boolean {
  const text = textOf(el);
  return el.tagName === 'P' && ASKS.test(text) && bare(boldText(el)) === bare(text);
}

/** The node before `node` in its parent, past whitespace. */
function previousContent(node: Node): Node | null {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === prev.TEXT_NODE && !cleanText(prev.nodeValue)) prev = prev.previousSibling;
  return prev;
}

/**
 * Whether a "Q." marker stands right before `el`: beside it, or beside the wrappers it sits in
 * alone ("<span>Q.</span><div><p>Why?</p></div>"), as a component build wraps every block.
 */
function markerBefore(el: Element): boolean {
  let node: Element = el;
  let prev = previousContent(node);
  while (!prev && node.parentElement && textOf(node.parentElement) === textOf(node)) {
    node = node.parentElement;
    prev = previousContent(node);
  }
  return !!prev && Q_ALONE.test(cleanText(prev.textContent));
}

/**
 * A marker opens a text node of its own. Looked for node by node, not in the element's whole
 * text: minified markup runs blocks together ("…Sciences.Q.What …"), with no space before the marker.
 */
function hasMarkerNode(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (Q_MARK_NODE.test(node.nodeValue ?? '')) return true;
  return false;
}

/** Cheap test first: most articles have neither a "Q." nor a bold question, and walking every unit is not free. */
function mayHaveQuestions(root: Element): boolean {
  return (
    hasMarkerNode(root) ||
    [...root.querySelectorAll(`${EMPHASIS}, h2, h3, h4, h5, h6`)].some((b) => ASKS.test(textOf(b)) || ASKS.test(textOf(b.parentElement)))
  );
}

/** Each unit read as a question (with its text), a marker to skip, or answer text. */
type Part = { kind: 'question'; text: string; rest: string } | { kind: 'marker' } | { kind: 'heading' } | { kind: 'text'; text: string };

/** A question that shares its line with the answer's start: "<p><b>Q. Why?</b> Because …</p>". */
function splitLine(el: Element, text: string): { q: string; rest: string } {
  const bold = boldText(el);
  if (bold && ASKS.test(bold) && text.length > bold.length && text.startsWith(bold)) {
    return { q: bold.replace(Q_MARK, ''), rest: cleanText(text.slice(bold.length)) };
  }
  return { q: text.replace(Q_MARK, ''), rest: '' };
}

const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName);

/**
 * Headings that are all questions, answered in the first person: an interview whose CMS sets the
 * questions as subheads. A post by its authors asks questions in its subheads too, but answers as
 * "we", and has other subheads among them.
 */
function headingQuestions(all: Element[]): Element[] {
  const headings = all.filter(isHeading);
  if (headings.length < MIN_HEADING_QUESTIONS || !headings.every((h) => ASKS.test(textOf(h)))) return [];
  const answers = headings.map((h) => {
    const next = all.slice(all.indexOf(h) + 1);
    const end = next.findIndex(isHeading);
    return (end < 0 ? next : next.slice(0, end)).map((el) => textOf(el)).join(' ');
  });
  return answers.filter((a) => FIRST_PERSON.test(a)).length * 2 >= answers.length ? headings : [];
}

function parts(all: Element[]): Part[] {
  const marked = all.some((el) => Q_MARK.test(textOf(el)) || markerBefore(el));
  const emphasised = marked ? [] : all.filter(isBoldQuestion);
  const unmarked = emphasised.length >= MIN_UNMARKED ? emphasised : marked ? [] : headingQuestions(all);
  const bold = new Set(unmarked.length >= MIN_UNMARKED ? unmarked : []);
  let pending = false;
  return all.map((el): Part => {
    const text = textOf(el);
    if (Q_ALONE.test(text)) {
      pending = true;
      return { kind: 'marker' };
    }
    if (A_ALONE.test(text)) return { kind: 'marker' };
    const question = pending || markerBefore(el) || (marked && Q_MARK.test(text)) || bold.has(el);
    pending = false;
    if (question) {
      const { q, rest } = splitLine(el, text);
      return { kind: 'question', text: q, rest };
    }
    return isHeading(el) ? { kind: 'heading' } : { kind: 'text', text: text.replace(A_MARK, '') };
  });
}

export function readQa(root: Element): QA[] {
  if (!mayHaveQuestions(root)) return [];
  const qa: QA[] = [];
  let current: { q: string; a: string[] } | null = null;
  const close = () => {
    if (current?.a.length) qa.push({ q: current.q, a: current.a.join(' ') });
    current = null;
  };
  for (const part of parts(units(root))) {
    if (part.kind === 'question') {
      close();
      current = { q: part.text, a: part.rest ? [part.rest.replace(A_MARK, '')] : [] };
    } else if (part.kind === 'heading') {
      close();
    } else if (part.kind === 'text' && current) {
      current.a.push(part.text);
    }
  }
  close();
  return qa;
}
