// Decorative only: every control that shows an icon also has a text name.

const SVG = 'http://www.w3.org/2000/svg';

interface IconShape {
  size: number;
  className?: string;
  /** Path data and stroke width of each stroke. */
  paths: [d: string, width: number][];
}

function icon(doc: Document, { size, className, paths }: IconShape): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className ? `icon ${className}` : 'icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const [d, width] of paths) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', String(width));
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    svg.append(path);
  }
  return svg;
}

export const checkIcon = (doc: Document) => icon(doc, { size: 14, paths: [['M3 8.5 6.5 12 13 4.5', 2]] });
export const minimiseIcon = (doc: Document) => icon(doc, { size: 14, paths: [['M3.5 8h9', 2]] });
export const closeIcon = (doc: Document) => icon(doc, { size: 14, paths: [['M4 4l8 8M12 4l-8 8', 2]] });
export const clipIcon = (doc: Document) =>
  icon(doc, {
    size: 16,
    className: 'brand-icon',
    paths: [['M10.5 4.5 5.2 9.8a1.6 1.6 0 0 0 2.3 2.3l5.6-5.6a3 3 0 0 0-4.3-4.3L3.1 7.9a4.4 4.4 0 0 0 6.2 6.2l4.2-4.2', 1.5]],
  });
