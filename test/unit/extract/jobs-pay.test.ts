import { describe, expect, it } from 'vitest';
import { isPayText, parseAmount, payLines, paySentence, readPay } from '../../../lib/extract/jobs/pay';

describe('parseAmount', () => {
  it.each([
    ['136,000.00', 136000],
    ['212,800', 212800],
    ['136000', 136000],
    ['47.84', 47.84],
    ['32.00', 32],
    ['18.5', 18.5],
    ['1.234.567,89', 1234567.89],
    ['70.000,00', 70000],
    ['12,50,000.00', 1250000],
    ['120 000', 120000],
    ['1 234,50', 1234.5],
    ['1,234', 1234],
    ['1.234', 1234],
    ['120k', 120000],
  ])('%s is %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('is null for text that is not an amount', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('about 100')).toBeNull();
  });
});

describe('per-location pay lines', () => {
  it('reads location, amounts, currency and period of amazon.jobs lines', () => {
    expect(payLines('USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually')).toEqual([
      { location: 'USA, WA, Seattle', min: 136000, max: 212800, currency: 'USD', period: 'year' },
    ]);
    expect(payLines('CAN, ON, Toronto - 114,800.00 - 191,800.00 CAD annually')).toEqual([
      { location: 'CAN, ON, Toronto', min: 114800, max: 191800, currency: 'CAD', period: 'year' },
    ]);
    expect(payLines('USA, VA, Manassas - 32.00 - 57.00 USD hourly')).toEqual([
      { location: 'USA, VA, Manassas', min: 32, max: 57, currency: 'USD', period: 'hour' },
    ]);
    expect(payLines('GBR, London - 4,100 - 5,300 GBP monthly')).toEqual([
      { location: 'GBR, London', min: 4100, max: 5300, currency: 'GBP', period: 'month' },
    ]);
  });

  it('reads European and Indian digit grouping, en dashes and a location with " - Virtual"', () => {
    expect(payLines('DEU, BE, Berlin – 70.000,00 – 95.500,00 EUR annually')[0]).toMatchObject({ min: 70000, max: 95500, currency: 'EUR' });
    expect(payLines('IND, KA, Bangalore - Virtual - 12,50,000.00 - 24,00,000.00 INR annually')[0]).toEqual({
      location: 'IND, KA, Bangalore - Virtual',
      min: 1250000,
      max: 2400000,
      currency: 'INR',
      period: 'year',
    });
  });

  it('reads several lines run together, and a line after the sentence that announces it', () => {
    const text =
      'The base salary range for this position is listed below. USA, WA, Redmond - 143,700.00 - 194,400.00 USD annually ' +
      'USA, CA, Sunnyvale - 150,000.00 - 210,000.00 USD annually';
    expect(payLines(text).map((p) => [p.location, p.min])).toEqual([
      ['USA, WA, Redmond', 143700],
      ['USA, CA, Sunnyvale', 150000],
    ]);
    expect(payLines('USA, MO, St. Louis - 90,000 - 120,000 USD annually')[0]!.location).toBe('USA, MO, St. Louis');
  });

  it('needs a currency and a period, and a place rather than a sentence before the amounts', () => {
    expect(payLines('USA, WA, Seattle - 136,000.00 - 212,800.00 annually')).toEqual([]);
    expect(payLines('USA, WA, Seattle - 136,000.00 - 212,800.00 USD')).toEqual([]);
    expect(payLines('The pay range is - 100,000 - 150,000 USD annually')).toEqual([]);
    expect(payLines('Teams of 3 - 5 people meet 2 - 3 times weekly')).toEqual([]);
  });
});

describe('the pay sentence', () => {
  it('reads "ranges from $X/year … up to $Y/year" as USD per year', () => {
    const text =
      'Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from ' +
      '$113,000/year in our lowest geographic market up to $195,200/year in our highest geographic market. Pay is based on a number of factors.';
    expect(paySentence(text)).toEqual({ location: null, min: 113000, max: 195200, currency: 'USD', period: 'year' });
  });

  it('reads the hourly and monthly forms', () => {
    expect(
      paySentence('The base pay for this position ranges from $47.84/hr in our lowest geographic market up to $96.15/hr in our highest.'),
    ).toEqual({
      location: null,
      min: 47.84,
      max: 96.15,
      currency: 'USD',
      period: 'hour',
    });
    expect(paySentence('Monthly pay ranges from £2,900 per month up to £3,400 per month.')).toMatchObject({
      min: 2900,
      max: 3400,
      currency: 'GBP',
      period: 'month',
    });
    expect(paySentence('the starting base pay for this position ranges from $15 to $25 per hour')).toMatchObject({
      min: 15,
      max: 25,
      period: 'hour',
    });
  });

  it('reads symbols and codes of other currencies', () => {
    expect(paySentence('Pay ranges from CA$90,000/year up to CA$140,000/year.')).toMatchObject({ currency: 'CAD', min: 90000 });
    expect(paySentence('Base pay ranges from €55.000 per year up to €80.000 per year.')).toMatchObject({
      currency: 'EUR',
      min: 55000,
      max: 80000,
    });
    expect(paySentence('Stipend ranges from ₹80,000 a month up to ₹1,20,000 a month.')).toMatchObject({
      currency: 'INR',
      max: 120000,
      period: 'month',
    });
    expect(paySentence('between 60,000 EUR and 85,000 EUR per year')).toMatchObject({ currency: 'EUR', min: 60000, period: 'year' });
    expect(paySentence('Salary: $100,000 - $150,000 per year')).toMatchObject({ min: 100000, max: 150000, period: 'year' });
  });

  it('is null without a currency, a period or a second amount', () => {
    expect(paySentence('We have grown from 2 to 5 teams in a year.')).toBeNull();
    expect(paySentence('The base pay for this position ranges from $113,000 up to $195,200.')).toBeNull();
    expect(paySentence('Pay starts from $20/hour.')).toBeNull();
    expect(paySentence('3+ years of experience, from 2019 to 2024')).toBeNull();
  });

  it('takes three capitals for a currency only when they are a currency code, and reads on past those that are not', () => {
    expect(paySentence('Teams grew from ABC 5 to ABC 10 a year, paid in USD.')).toBeNull();
    expect(paySentence('Teams grew from ABC 5 to ABC 10; pay ranges from USD 40 to USD 60 per hour.')).toEqual({
      location: null,
      min: 40,
      max: 60,
      currency: 'USD',
      period: 'hour',
    });
    expect(payLines('USA, WA, Seattle - 136,000.00 - 212,800.00 ABC annually')).toEqual([]);
  });
});

describe('readPay', () => {
  const sentence =
    'The base pay for this position ranges from $113,000/year in our lowest geographic market up to $195,200/year in our highest geographic market.';

  it('is every per-location line in page order, without repeats; the sentence is then only a summary', () => {
    expect(
      readPay([
        sentence,
        'USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually',
        'CAN, BC, Vancouver - 89,700.00 - 149,800.00 CAD annually',
        'USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually',
      ]),
    ).toEqual([
      { location: 'USA, WA, Seattle', min: 136000, max: 212800, currency: 'USD', period: 'year' },
      { location: 'CAN, BC, Vancouver', min: 89700, max: 149800, currency: 'CAD', period: 'year' },
    ]);
  });

  it('is the one sentence range with location null when there are no lines', () => {
    expect(readPay(['Amazon is an equal opportunity employer.', sentence])).toEqual([
      { location: null, min: 113000, max: 195200, currency: 'USD', period: 'year' },
    ]);
  });

  it('is [] when no pay is stated', () => {
    expect(readPay(['Build models.', '3+ years of experience', 'US, WA, Seattle'])).toEqual([]);
    expect(readPay([])).toEqual([]);
  });

  it('tells pay text from other lines', () => {
    expect(isPayText('USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually')).toBe(true);
    expect(isPayText(sentence)).toBe(true);
    expect(isPayText('USA, WA, Seattle')).toBe(false);
    expect(isPayText('Experience with 2 - 3 programming languages')).toBe(false);
  });
});
