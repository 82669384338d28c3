import { absentImageText } from '../../lib/reader/image-status';
import type { Hero } from '../../lib/types';

export interface HeroFigureProps {
  hero: Hero;
  /** Object URL of the stored picture, or null when it is not stored. */
  src: string | null;
  /** Whether the item's pictures are still being downloaded. */
  pending: boolean;
}

function AbsentPicture({ alt, pending }: { alt: string; pending: boolean }) {
  const { what, label } = absentImageText(pending ? 'downloading' : 'missing', alt);
  return (
    <div className="reader-image-missing reader-hero-missing" role="img" aria-label={label}>
      <span>{what}</span>
      {alt && <span className="reader-missing-alt">{alt}</span>}
    </div>
  );
}

/**
 * The lead picture with its caption and credit: a labelled placeholder when the page had a
 * picture that is not stored (still downloading, or not saved), only the caption when it had none.
 */
export function HeroFigure({ hero, src, pending }: HeroFigureProps) {
  const alt = hero.alt ?? '';
  return (
    <figure className="reader-hero">
      {src ? <img src={src} alt={alt} /> : hero.src && <AbsentPicture alt={alt} pending={pending} />}
      {(hero.caption || hero.credit) && (
        <figcaption>
          {hero.caption}
          {hero.credit && <span className="reader-credit">Credit: {hero.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
