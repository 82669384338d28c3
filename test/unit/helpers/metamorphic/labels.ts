// Section labels ("Research areas", "Basic qualifications", …) written in the other forms and
// cases sites use. A label is an element whose whole text is the label (a trailing colon allowed);
// labels inside running text, links and controls are left alone.

import { collapsed, layoutTextNodes, make } from './dom';

export const LABELS = [
  'Research areas',
  'Tags',
  'Key job responsibilities',
  'Basic qualifications',
  'Preferred qualifications',
  'Description',
];
/** Text in these is a link, a control or not shown: never a section label. */
const NOT_A_LABEL = 'a, button, label, legend, option, select, textarea, script, style, template, summary';
const HEADING = /^H[1-6]$/;
const LONGEST = Math.max(...LABELS.map((label) => label.length)) + 1;

export type LabelForm = 'h2' | 'h3' | 'strong' | 'p' | 'dt';
export type LabelCase = 'upper' | 'lower' | 'sentence' | 'title';

function isLabelText(text: string): boolean {
  const bare = text.replace(/\s*:$/, '').toLowerCase();
  return LABELS.some((label) => label.toLowerCase() === bare);
}

/**
 * The page's label elements: from each text node that is a label, the outermost element whose whole
 * text it is (a `div` around an `h2` with the label is the label). A label split across elements
 * ("Research <em>areas</em>") is not found.
 */
export function findLabels(doc: Document): Element[] {
  const out: Element[] = [];
  for (const text of layoutTextNodes(doc.body)) {
    const bare = collapsed(text.nodeValue);
    if (bare.length > LONGEST || !isLabelText(bare)) continue;
    let label = text.parentElement;
    if (!label || label === doc.body || label.closest(NOT_A_LABEL)) continue;
    while (label.parentElement && label.parentElement !== doc.body && collapsed(label.parentElement.textContent) === bare)
      label = label.parentElement;
    if (label.querySelector(NOT_A_LABEL) || out.includes(label)) continue;
    out.push(label);
  }
  return out;
}

function isBoundary(node: Node, labels: Element[]): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return HEADING.test(el.tagName) || labels.some((label) => el === label || el.contains(label));
}

/** `label` (as `text`) and what follows it up to the next heading or label, as a `<dl>`; false when nothing follows. */
function asDefinition(label: Element, text: string, labels: Element[]): boolean {
  const content: Node[] = [];
  for (let node = label.nextSibling; node && !isBoundary(node, labels); node = node.nextSibling) content.push(node);
  if (!content.some((node) => node.nodeType === 1 || collapsed(node.textContent))) return false;
  const doc = label.ownerDocument;
  const dd = make(doc, 'dd');
  label.replaceWith(make(doc, 'dl', make(doc, 'dt', text), dd));
  dd.append(...content);
  return true;
}

const CASES: Record<LabelCase, (text: string) => string> = {
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  sentence: (text) => text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(),
  title: (text) => text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
};

/**
 * Every label written as `form` (a heading, a bold paragraph, a plain paragraph, or a `<dt>` with
 * what follows it in a `<dd>`), its text in `style` case when one is given ("BASIC QUALIFICATIONS",
 * "basic qualifications", "Basic qualifications", "Basic Qualifications").
 */
export function labelsAs(form: LabelForm, style?: LabelCase): (doc: Document) => void {
  return (doc) => {
    const labels = findLabels(doc);
    for (const label of labels) {
      const text = style ? CASES[style](collapsed(label.textContent)) : collapsed(label.textContent);
      if (form === 'dt') asDefinition(label, text, labels);
      else if (label.localName !== form || label.children.length || label.textContent !== text) {
        label.replaceWith(form === 'strong' ? make(doc, 'p', make(doc, 'strong', text)) : make(doc, form, text));
      }
    }
  };
}
