// Q&A interviews: each question with the paragraphs that answer it, read from the cleaned body
// (pull quotes and promos are already out of it).

import type { QA } from '../../types';
import { cleanText, textOf } from '../text';
import { isLeafBlock } from './dom';

const Q_MARK = /^(?:Q|Question)\s*[.:)]\s*/;
const Q_MARK_ANYWHERE = /(?:^|\s)(?:Q|Question)\s*[.:)]/;
const A_MARK = /^A\s*[.:)]\s+/;
const UNIT = 'p, li, h2, h3, h4, h5, h6, pre, dt, dd, div';
/** Unmarked questions (a bold line ending in "?") only count when the page has several: one could be a subhead. */
const MIN_UNMARKED = 2;

/** The body's reading units in order: paragraphs, headings, list items; never a wrapper of those. */
function units(root: Element): Element[] {
  return [...root.querySelectorAll(UNIT)].filter((el) => isLeafBlock(el) && textOf(el) && !el.closest('figure'));
}

function isBoldQuestion(el: Element): boolean {
  const text = textOf(el);
  const bold = [...el.querySelectorAll('strong, b')].map((b) => textOf(b)).join(' ');
  return el.tagName === 'P' && text.endsWith('?') && cleanText(bold) === text;
}

/** Cheap test first: most articles have neither a "Q." nor a bold question, and walking every unit is not free. */
function mayHaveQuestions(root: Element): boolean {
  return Q_MARK_ANYWHERE.test(root.textContent ?? '') || [...root.querySelectorAll('strong, b')].some((b) => textOf(b).endsWith('?'));
}

export function readQa(root: Element): QA[] {
  if (!mayHaveQuestions(root)) return [];
  const all = units(root);
  const marked = all.filter((el) => Q_MARK.test(textOf(el)));
  const unmarked = all.filter(isBoldQuestion);
  const questions = new Set(marked.length ? marked : unmarked.length >= MIN_UNMARKED ? unmarked : []);
  const qa: QA[] = [];
  let current: { q: string; a: string[] } | null = null;
  const close = () => {
    if (current?.a.length) qa.push({ q: current.q, a: current.a.join(' ') });
    current = null;
  };
  for (const el of all) {
    if (questions.has(el)) {
      close();
      current = { q: textOf(el).replace(Q_MARK, ''), a: [] };
    } else if (/^H[1-6]$/.test(el.tagName)) {
      close();
    } else if (current) {
      current.a.push(textOf(el).replace(A_MARK, ''));
    }
  }
  close();
  return qa;
}
