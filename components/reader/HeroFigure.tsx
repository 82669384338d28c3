import type { Hero } from '../../lib/types';

export interface HeroFigureProps {
  hero: Hero;
  /** Object URL of the stored picture, or null when it was not stored. */
  src: string | null;
}

function MissingPicture({ alt }: { alt: string }) {
  return (
    <div className="reader-image-missing reader-hero-missing" role="img" aria-label={alt ? `Image not saved: ${alt}` : 'Image not saved'}>
      <span>Image not saved</span>
      {alt && <span className="reader-missing-alt">{alt}</span>}
    </div>
  );
}

/**
 * The lead picture with its caption and credit: a labelled placeholder when the page had a
 * picture that was not kept, only the caption when it had none.
 */
export function HeroFigure({ hero, src }: HeroFigureProps) {
  const alt = hero.alt ?? '';
  return (
    <figure className="reader-hero">
      {src ? <img src={src} alt={alt} /> : hero.src && <MissingPicture alt={alt} />}
      {(hero.caption || hero.credit) && (
        <figcaption>
          {hero.caption}
          {hero.credit && <span className="reader-credit">Credit: {hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
