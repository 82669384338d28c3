// Section labels ("Research areas", "Basic qualifications", …) written in the other forms and
// cases sites use. A label is an element whose whole text is the label (a trailing colon allowed),
// or a line of its own inside a paragraph (between <br>s); labels inside running text, links and
// controls are left alone.

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
    // A label text beside other words is running text: its element is not the label.
    if (!label || label === doc.body || label.closest(NOT_A_LABEL) || collapsed(label.textContent) !== bare) continue;
    while (label.parentElement && label.parentElement !== doc.body && collapsed(label.parentElement.textContent) === bare)
      label = label.parentElement;
    if (label.querySelector(NOT_A_LABEL) || out.includes(label)) continue;
    out.push(label);
  }
  return out;
}

/** Paragraph-like blocks whose lines may be cut apart: a list item or a cell cut in three would be three items. */
const SPLITTABLE = new Set(['P', 'DIV']);

function isBlank(node: Node | null): boolean {
  return !!node && node.nodeType === 3 && !collapsed(node.nodeValue);
}

function isBr(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && (node as Element).tagName === 'BR';
}

/** The nodes of one part of a paragraph in a copy of it (without its id: ids stay unique), edge <br>s and blanks dropped; null when empty. */
function part(block: Element, nodes: Node[]): Element | null {
  while (nodes.length && (isBlank(nodes[0]!) || isBr(nodes[0]!))) nodes.shift();
  while (nodes.length && (isBlank(nodes[nodes.length - 1]!) || isBr(nodes[nodes.length - 1]!))) nodes.pop();
  if (!nodes.length) return null;
  const copy = block.cloneNode(false) as Element;
  copy.removeAttribute('id');
  copy.append(...nodes);
  return copy;
}

/**
 * A label written on a line of its own inside a paragraph ("…<br><br>Key job responsibilities<br>- …")
 * as a paragraph of its own, the paragraph cut around it: the same lines, with the label set apart
 * as the forms below set it apart. A label text node with words beside it is running text: left alone.
 */
function liftLabelLines(doc: Document): void {
  for (const text of layoutTextNodes(doc.body)) {
    const bare = collapsed(text.nodeValue);
    const block = text.parentElement;
    if (bare.length > LONGEST || !isLabelText(bare) || !block || block === doc.body || !SPLITTABLE.has(block.tagName)) continue;
    if (collapsed(block.textContent) === bare || block.closest(NOT_A_LABEL)) continue;
    let before = text.previousSibling;
    while (isBlank(before)) before = before!.previousSibling;
    let after = text.nextSibling;
    while (isBlank(after)) after = after!.nextSibling;
    if ((before && !isBr(before)) || (after && !isBr(after))) continue;
    const children = [...block.childNodes];
    const at = children.indexOf(text);
    const label = block.cloneNode(false) as Element;
    label.removeAttribute('id');
    label.append(bare);
    const parts = [part(block, children.slice(0, at)), label, part(block, children.slice(at + 1))].filter(
      (el): el is Element => el !== null,
    );
    // The paragraph's id stays with its first part, where a link to it would land.
    if (block.id) parts[0]!.id = block.id;
    block.replaceWith(...parts);
  }
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
 * What a label-case variant does to a text the expected file quotes (textIncludes): a label is
 * written in the variant's case on the page, so a description that keeps it verbatim says it so.
 */
export function labelInCase(style: LabelCase): (text: string) => string {
  return (text) => (isLabelText(collapsed(text)) ? CASES[style](collapsed(text)) : text);
}

/**
 * Every label written as `form` (a heading, a bold paragraph, a plain paragraph, or a `<dt>` with
 * what follows it in a `<dd>`), its text in `style` case when one is given ("BASIC QUALIFICATIONS",
 * "basic qualifications", "Basic qualifications", "Basic Qualifications").
 */
export function labelsAs(form: LabelForm, style?: LabelCase): (doc: Document) => void {
  return (doc) => {
    liftLabelLines(doc);
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
