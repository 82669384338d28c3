// Job locations as amazon.jobs prints them: "US, WA, Seattle" (country, region, city), "IL, Tel Aviv"
// (no region), "IN, KA, Bangalore - Virtual"; newer listings also write "Seattle, WA, USA".
import type { Location } from '../../types';
import { isCountryCode } from './country-codes';
import { parseListingDate } from './dates';
import { cleanText } from '../text';
import { byLetters, lettersFor, type Letters } from '../letters';

const CODE = /^[A-Z]{2,3}$/;
/** A work-arrangement suffix that belongs to the raw text but not to the city's name. */
const ARRANGEMENT = /\s+[-–—]\s+(?:virtual|remote|hybrid|on-?site)$|\s*\((?:virtual|remote|hybrid|on-?site)\)$/i;
/** Separators between several locations written on one line. */
const LIST_SEPARATOR = /\s*(?:[;|·•\n]|\s{3,})\s*/;
/** "and 2 more", "+3 more": a count of hidden locations, not a place. */
const MORE = /\s*(?:,?\s*and\s+\d+\s+more|\+\s*\d+\s+more|\+\d+)\s*$/i;

function cityName(parts: string[]): string | null {
  const city = parts.join(', ').replace(ARRANGEMENT, '').trim();
  return city && !/^(?:virtual|remote)$/i.test(city) ? city : null;
}

/** One location. Unrecognised shapes keep their text in `raw` only, so nothing is guessed. */
export function parseLocation(raw: string): Location {
  const text = cleanText(raw).replace(MORE, '');
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  const result: Location = { raw: text, country: null, region: null, city: null };
  const [first = '', second = ''] = parts;
  const last = parts[parts.length - 1] ?? '';
  if (CODE.test(first) && isCountryCode(first)) {
    result.country = first;
    if (parts.length >= 3) {
      result.region = second;
      result.city = cityName(parts.slice(2));
    } else if (parts.length === 2) {
      result.city = cityName(parts.slice(1));
    }
  } else if (parts.length >= 2 && CODE.test(last) && isCountryCode(last) && (parts.length >= 3 || last.length === 3)) {
    // City first; "San Francisco, CA" (a state, not Canada) is left unparsed.
    result.country = last;
    if (parts.length >= 3) result.region = parts[parts.length - 2] ?? null;
    result.city = cityName(parts.slice(0, parts.length >= 3 ? -2 : -1));
  } else if (parts.length === 1 && !/\b(?:virtual|remote|multiple|various|anywhere)\b/i.test(text)) {
    result.city = cityName(parts);
  }
  return result;
}

/**
 * A place: a capital or a digit first. And a region written out ("Washington", "Île-de-France"): a
 * few capitalised words. In the letter classes of the text (../letters.ts): these are asked of
 * every short line of a list of jobs.
 */
const shapes = byLetters(({ upper, letter, flags }) => ({
  place: new RegExp(`^[${upper}\\d][^,:;|]{0,40}$`, flags),
  region: new RegExp(`^[${upper}][${letter}'’.-]*(?:\\s+[${upper}][${letter}'’.-]*){0,2}$`, flags),
}));
/** Two amounts joined by a dash: a pay line ("USA, VA, Manassas - 32.00 - 57.00 USD hourly"), never a place. */
const AMOUNTS = /\d[\d,.]*\s*[-–—]\s*\d/;

/**
 * Whether a short text has the shape of one location, strictly enough to tell it from a title or
 * a sentence: a country code first ("US, WA, Seattle", "IL, Tel Aviv") or, city first, a full
 * "Seattle, WA, USA" / "Seattle, Washington, USA", or "Tel Aviv, ISR".
 */
export function isLocationText(text: string): boolean {
  const s = cleanText(text).replace(MORE, '');
  if (s.length > 70) return false;
  const parts = s.split(/\s*,\s*/);
  if (parts.some((p) => !p)) return false;
  const [first = '', second = '', third = ''] = parts;
  // Most lines asked are no location at all and never reach a shape: their letters are read once, when one does.
  let letters: Letters | undefined;
  const shape = () => shapes((letters ??= lettersFor([s])));
  const place = (p: string) => shape().place.test(p);
  const region = (p: string) => shape().region.test(p);
  const shaped =
    CODE.test(first) && isCountryCode(first) && parts.length >= 2 && parts.length <= 4
      ? parts.slice(1).every(place)
      : (parts.length === 3 &&
          CODE.test(third) &&
          isCountryCode(third) &&
          (/^[A-Z0-9]{1,3}$/.test(second) || region(second)) &&
          place(first)) ||
        // "Tel Aviv, ISR": city first needs a three-letter code, which no title ends with ("Scientist, AI" is not Anguilla).
        (parts.length === 2 && /^[A-Z]{3}$/.test(second) && isCountryCode(second) && region(first));
  // A place never holds pay figures or a date ("US, NY, New York Sep 14, 2026" is two fields run together).
  return shaped && !(/\d/.test(s) && (AMOUNTS.test(s) || parseListingDate(s) !== null));
}

/** Every location written in a text ("US, WA, Seattle; US, CA, Palo Alto"), in order, without repeats. */
export function parseLocations(text: string): Location[] {
  const seen = new Set<string>();
  const found: Location[] = [];
  for (const chunk of String(text ?? '').split(LIST_SEPARATOR)) {
    if (!isLocationText(chunk)) continue;
    const location = parseLocation(chunk);
    if (seen.has(location.raw)) continue;
    seen.add(location.raw);
    found.push(location);
  }
  return found;
}
