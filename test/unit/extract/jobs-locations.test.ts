import { describe, expect, it } from 'vitest';
import { isLocationText, parseLocation, parseLocations } from '../../../lib/extract/jobs/locations';

describe('parseLocation', () => {
  it('reads country, region and city', () => {
    expect(parseLocation('US, WA, Seattle')).toEqual({ raw: 'US, WA, Seattle', country: 'US', region: 'WA', city: 'Seattle' });
  });

  it('leaves the region null when the location has two parts', () => {
    expect(parseLocation('IL, Tel Aviv')).toEqual({ raw: 'IL, Tel Aviv', country: 'IL', region: null, city: 'Tel Aviv' });
  });

  it('keeps " - Virtual" in raw only', () => {
    expect(parseLocation('IN, KA, Bangalore - Virtual')).toEqual({
      raw: 'IN, KA, Bangalore - Virtual',
      country: 'IN',
      region: 'KA',
      city: 'Bangalore',
    });
  });

  it('reads numeric regions and multi-word cities', () => {
    expect(parseLocation('JP, 13, Tokyo')).toMatchObject({ country: 'JP', region: '13', city: 'Tokyo' });
    expect(parseLocation('US, CA, San Francisco')).toMatchObject({ region: 'CA', city: 'San Francisco' });
  });

  it('reads the city-first form of newer listings', () => {
    expect(parseLocation('Seattle, WA, USA')).toEqual({ raw: 'Seattle, WA, USA', country: 'USA', region: 'WA', city: 'Seattle' });
  });

  it('collapses whitespace in raw and guesses nothing for unknown shapes', () => {
    expect(parseLocation('  US,\n  WA,  Seattle ')).toMatchObject({ raw: 'US, WA, Seattle', city: 'Seattle' });
    expect(parseLocation('Virtual')).toEqual({ raw: 'Virtual', country: null, region: null, city: null });
    expect(parseLocation('US, Virtual')).toEqual({ raw: 'US, Virtual', country: 'US', region: null, city: null });
  });
});

describe('parseLocations', () => {
  it('reads several locations on one line, in order and without repeats', () => {
    const found = parseLocations('US, WA, Seattle; US, CA, Palo Alto | IL, Tel Aviv; US, WA, Seattle');
    expect(found.map((l) => l.raw)).toEqual(['US, WA, Seattle', 'US, CA, Palo Alto', 'IL, Tel Aviv']);
    expect(found[2]).toMatchObject({ country: 'IL', region: null, city: 'Tel Aviv' });
  });

  it('reads one location per line of a list', () => {
    expect(parseLocations('GB, MLN, Edinburgh\nIN, KA, Bangalore - Virtual').map((l) => l.city)).toEqual(['Edinburgh', 'Bangalore']);
  });

  it('skips parts that are not locations', () => {
    expect(parseLocations('US, NY, New York | Job ID: 10543848').map((l) => l.raw)).toEqual(['US, NY, New York']);
    expect(parseLocations('We are looking for scientists, engineers, and others.')).toEqual([]);
  });
});

describe('isLocationText', () => {
  it('tells locations from titles and sentences', () => {
    expect(isLocationText('IN, HR, Gurugram')).toBe(true);
    expect(isLocationText('Applied Scientist, Amazon Shipping')).toBe(false);
    expect(isLocationText('Senior Applied Scientist, AGI')).toBe(false);
    expect(isLocationText('AI, ML, and robotics')).toBe(false);
    expect(isLocationText('US, WA, Seattle Job ID: 1')).toBe(false);
  });

  it('needs a real country code, so titles that open with an acronym are not places', () => {
    expect(isLocationText('AWS, Generative AI Innovation Center')).toBe(false);
    expect(isLocationText('SDE, Alexa Shopping')).toBe(false);
    expect(isLocationText('USA, WA, Seattle')).toBe(true);
    expect(isLocationText('CAN, ON, Toronto')).toBe(true);
    expect(isLocationText('GB, MLN, Edinburgh')).toBe(true);
  });

  it('reads the city-first form with the region written out', () => {
    expect(isLocationText('Seattle, Washington, USA')).toBe(true);
    expect(parseLocation('Seattle, Washington, USA')).toEqual({
      raw: 'Seattle, Washington, USA',
      country: 'USA',
      region: 'Washington',
      city: 'Seattle',
    });
    expect(isLocationText('Manager, Research Science, Special Projects')).toBe(false);
    // Capitals and letters beyond ASCII, in either order of the fields.
    expect(isLocationText('Paris, Île-de-France, FRA')).toBe(true);
    expect(isLocationText('Łódź, POL')).toBe(true);
    expect(isLocationText('DE, BY, München')).toBe(true);
    expect(isLocationText('Paris, île-de-france, FRA')).toBe(false);
  });

  it('is never a pay line or two fields run together with a date', () => {
    expect(isLocationText('USA, VA, Manassas - 32.00 - 57.00 USD hourly')).toBe(false);
    expect(isLocationText('US, NY, New York Sep 14, 2026')).toBe(false);
    expect(isLocationText('JP, 13, Tokyo')).toBe(true);
  });

  it('reads a two-part city-first place only with a three-letter country code', () => {
    expect(parseLocation('Tel Aviv, ISR')).toMatchObject({ country: 'ISR', region: null, city: 'Tel Aviv' });
    expect(isLocationText('Tel Aviv, ISR')).toBe(true);
    expect(isLocationText('Applied Scientist, AI')).toBe(false);
  });

  it('guesses no country from a state code', () => {
    expect(parseLocation('San Francisco, CA')).toEqual({ raw: 'San Francisco, CA', country: null, region: null, city: null });
    expect(parseLocation('NY, New York')).toEqual({ raw: 'NY, New York', country: null, region: null, city: null });
  });
});
