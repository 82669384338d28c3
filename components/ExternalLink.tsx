import type { MouseEvent, ReactNode } from 'react';
import { browser } from 'wxt/browser';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A real link (so it can be copied, focused and middle-clicked) whose plain click opens a new tab
 * through the tabs API: a popup's own navigation would be lost when the popup closes.
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    browser.tabs.create({ url: href }).catch(() => window.open(href, '_blank', 'noopener'));
  };
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className} onClick={open}>
      {children}
    </a>
  );
}
