import { useEffect, useRef } from 'react';
import { SECTION_ATTR, sectionTarget } from '../../lib/reader/sections';

export interface ReaderKeyActions {
  back(): void;
  textSize(delta: 1 | -1): void;
}

/** Space kept between the toolbar and a section brought to the top; matches scroll-margin in reader.css. */
const SECTION_GAP_PX = 16;

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Moves to the next (1) or previous (-1) section, below the sticky toolbar, and focuses it for screen readers. */
export function jumpToSection(direction: 1 | -1): void {
  const toolbar = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const sections = [...document.querySelectorAll<HTMLElement>(`[${SECTION_ATTR}]`)];
  const offsets = sections.map((el) => el.getBoundingClientRect().top - toolbar - SECTION_GAP_PX);
  const index = sectionTarget(offsets, direction);
  if (index === null) return;
  const target = sections[index]!;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/** j / k: next / previous section; + / −: text size; Escape: back. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  // The listener is registered once; it reads the latest actions through the ref.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const act: Record<string, () => void> = {
        j: () => jumpToSection(1),
        k: () => jumpToSection(-1),
        '+': () => latest.current.textSize(1),
        '=': () => latest.current.textSize(1),
        '-': () => latest.current.textSize(-1),
        Escape: () => latest.current.back(),
      };
      const action = act[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
