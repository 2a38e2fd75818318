import { describe, expect, it } from 'vitest';
import { parsePhoneNumber } from '../../src/cases/phoneNumber.js';
import { phoneRegionFor } from '../../src/cases/phoneRegion.js';

describe('the country a phone number without a country code is read in', () => {
  it.each([
    ['es-ES', 'ES'],
    ['en-GB', 'GB'],
    ['en_US', 'US'],
    ['zh-Hant-TW', 'TW'],
    ['es', 'US'],
    ['en-001', 'US'],
    ['xx-ZZ', 'US'],
    ['', 'US'],
    [undefined, 'US'],
    ['not a locale', 'US'],
  ])('%s → %s (the deployment default is US)', (locale, region) => {
    expect(phoneRegionFor(locale, 'US')).toBe(region);
  });
});

describe('numbers written for the dial abroad with 00', () => {
  it.each([
    ['0049 30 12345678', 'US', '+493012345678'],
    ['00 44 20 7946 0018', 'US', '+442079460018'],
    ['0034 612 34 56 78', 'GB', '+34612345678'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['0800 123 4567', 'GB', '+448001234567'],
  ])('%s in %s is %s', (typed, region, number) => {
    expect(parsePhoneNumber(typed, region)).toEqual({ ok: true, value: number });
  });
});
