import { describe, expect, it } from 'vitest';
import { HeroFigure } from '../../../components/reader/HeroFigure';
import { sanitizeForReader } from '../../../lib/reader/sanitize';
import { render } from '../ui/helpers';

// Issue 11, point 6: the reader tells a picture still downloading from one that could not be had.

const hero = { src: 'https://assets.amazon.science/hero.jpg', alt: 'A lily field', caption: 'Caption', credit: null };

describe('the reader where a picture is not stored', () => {
  it('says the lead picture is still downloading while the work is pending, and not saved once it is done', () => {
    const downloading = render(<HeroFigure hero={hero} src={null} pending />);
    expect(downloading.container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Image still downloading: A lily field');
    downloading.unmount();
    const missing = render(<HeroFigure hero={hero} src={null} pending={false} />);
    expect(missing.container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Image not saved: A lily field');
    expect(missing.container.textContent).toContain('Image not saved');
    missing.unmount();
  });

  it('shows the stored picture when there is one, whatever is pending', () => {
    const shown = render(<HeroFigure hero={hero} src="blob:chrome-extension://x/1" pending />);
    expect(shown.container.querySelector('img')?.getAttribute('alt')).toBe('A lily field');
    expect(shown.container.querySelector('[role="img"]')).toBeNull();
    shown.unmount();
  });

  it('words the body pictures the same way', () => {
    const html = '<p>Text</p><img src="https://cdn.amazon.science/figure.png" alt="A chart">';
    const words = (imagesPending: boolean) =>
      sanitizeForReader(html, document, {
        baseUrl: 'https://www.amazon.science/blog/x',
        imageUrl: () => null,
        imagesPending,
      }).querySelector('[role="img"]')?.textContent;
    expect(words(true)).toBe('Image still downloading — A chart');
    expect(words(false)).toBe('Image not saved — A chart');
  });
});
