/** The accessible name of one of our buttons: its aria-label, else its text. */
export function nameOf(button: Element): string {
  return button.getAttribute('aria-label') ?? (button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonsOf(root: ParentNode): HTMLButtonElement[] {
  return [...root.querySelectorAll('button')];
}

/** The one button named exactly `name`; throws when there is none or more than one. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = buttonsOf(root).filter((button) => nameOf(button) === name);
  if (found.length !== 1)
    throw new Error(`expected one button named "${name}", found ${found.length}: ${buttonsOf(root).map(nameOf).join(' | ')}`);
  return found[0]!;
}
