import type { QA } from '../types';
import { fingerprint } from './fingerprint';

// A Q&A interview's questions are paragraphs of the body ("Q. What…"). They are found by their
// text, which the extractor already matched to clip.qa, rather than by markup: the stored html
// carries no classes, and sites write questions as bold paragraphs, headings or plain text.

export const QUESTION_CLASS = 'qa-question';
export const ANSWER_CLASS = 'qa-answer';

const QUESTION_MARKER = /^\s*q\s*[.:)]\s*/i;

/** What identifies a question, with or without the "Q." the page wrote before it. */
export function questionPrint(text: string): string {
  return fingerprint(text.replace(QUESTION_MARKER, ''));
}

/**
 * Marks the body's questions and the blocks that answer them, so that the interview reads as
 * questions and answers. Returns how many questions were found; 0 tells the reader to show
 * clip.qa on its own.
 */
export function markInterview(root: ParentNode, qa: readonly QA[]): number {
  const questions = new Set(qa.map((pair) => questionPrint(pair.q)).filter(Boolean));
  if (questions.size === 0) return 0;
  let found = 0;
  for (const block of root.querySelectorAll('p, h2, h3, h4, h5, h6, dt')) {
    if (!questions.has(questionPrint(block.textContent ?? ''))) continue;
    found++;
    block.classList.add(QUESTION_CLASS);
    dropMarker(block);
    for (let next = block.nextElementSibling; next && !isBoundary(next, questions); next = next.nextElementSibling) {
      next.classList.add(ANSWER_CLASS);
    }
  }
  return found;
}

/** The "Q." the page wrote before the question: the reader marks questions itself. */
function dropMarker(block: Element): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    node.nodeValue = node.nodeValue.replace(QUESTION_MARKER, '');
    return;
  }
}

function isBoundary(el: Element, questions: ReadonlySet<string>): boolean {
  return /^H[1-6]$/.test(el.tagName) || questions.has(questionPrint(el.textContent ?? ''));
}
