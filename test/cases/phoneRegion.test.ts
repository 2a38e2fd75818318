import type { TurnContext } from 'botbuilder';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { examplePhoneNumber, parsePhoneNumber } from '../../src/cases/phoneNumber.js';
import { phoneRegionFor } from '../../src/cases/phoneRegion.js';
import { isTimeZoneName } from '../../src/cases/timeZoneName.js';
import { countryOfZone, zonesByCountry } from '../../src/cases/zoneCountry.js';
import { conversationContext } from '../../src/conversation/conversationContext.js';

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
    expect(phoneRegionFor(locale, undefined, 'US')).toBe(region);
  });

  it.each([
    ['es', 'Europe/Madrid', 'ES'],
    ['es', 'Atlantic/Canary', 'ES'],
    ['es', 'America/Mexico_City', 'MX'],
    ['es', 'America/Argentina/Buenos_Aires', 'AR'],
    // The old name, as Chrome's ICU gives it, is the same zone.
    ['es', 'America/Buenos_Aires', 'AR'],
    ['es', 'America/Bogota', 'CO'],
    ['es', 'America/Lima', 'PE'],
    ['es', 'America/Santiago', 'CL'],
    ['en', 'Europe/London', 'GB'],
    ['en', 'Asia/Kolkata', 'IN'],
    ['en', 'Asia/Calcutta', 'IN'],
    ['en', 'Australia/Sydney', 'AU'],
    [undefined, 'Europe/Dublin', 'IE'],
    ['en-001', 'Europe/London', 'GB'],
    ['xx-ZZ', 'Europe/Madrid', 'ES'],
    // The locale's own region comes first.
    ['es-MX', 'Europe/Madrid', 'MX'],
    ['en-US', 'Europe/London', 'US'],
    // A zone several countries share, one not listed, or none a zone: the default.
    ['es', 'America/Panama', 'DE'],
    ['en', 'America/Toronto', 'DE'],
    ['en', 'Africa/Johannesburg', 'DE'],
    ['es', 'Asia/Tokyo', 'DE'],
    ['es', 'UTC', 'DE'],
    ['es', 'not a zone', 'DE'],
  ])('%s in %s → %s (the deployment default is DE)', (locale, zone, region) => {
    expect(phoneRegionFor(locale, zone, 'DE')).toBe(region);
  });

  it('reads a Spanish number from a bare "es" in Madrid, with a Spanish example', () => {
    const region = phoneRegionFor('es', 'Europe/Madrid', 'US');
    expect(parsePhoneNumber('612 45 67 89', region)).toEqual({ ok: true, value: '+34612456789' });
    expect(examplePhoneNumber(region).international).toMatch(/^\+34 /);
  });

  it('is decided by the person’s own zone, not the deployment’s', () => {
    const regionOf = (activity: Record<string, unknown>) =>
      conversationContext(
        {
          activity: { from: { id: 'user' }, channelId: 'test', ...activity },
          turnState: new Map(),
        } as unknown as TurnContext,
        { timeZone: 'Europe/Madrid', phoneRegion: 'US' },
      ).phoneRegion;
    expect(regionOf({ locale: 'es', localTimezone: 'Europe/Madrid' })).toBe('ES');
    expect(
      regionOf({ locale: 'es', entities: [{ type: 'clientInfo', timezone: 'America/Lima' }] }),
    ).toBe('PE');
    expect(regionOf({ locale: 'es' })).toBe('US');
  });
});

describe('the zones that tell a country', () => {
  const listed = Object.entries(zonesByCountry).flatMap(([country, zones]) =>
    zones.map((zone) => [zone, country] as const),
  );

  it.each(listed)('%s is a zone the runtime knows, and gives %s', (zone, country) => {
    expect(isTimeZoneName(zone)).toBe(true);
    expect(isSupportedCountry(country)).toBe(true);
    expect(countryOfZone(zone)).toBe(country);
  });

  it('lists each zone once', () => {
    expect(new Set(listed.map(([zone]) => zone)).size).toBe(listed.length);
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

describe('numbers written with the prefix their region dials abroad with', () => {
  it.each([
    ['0011 44 20 7946 0123', 'AU', '+442079460123'],
    ['0011 34 612 45 67 89', 'AU', '+34612456789'],
    ['0011 1 415 555 0100', 'AU', '+14155550100'],
    ['0044 20 7946 0123', 'AU', '+442079460123'],
    ['011 44 20 7946 0123', 'US', '+442079460123'],
    ['011 44 20 7946 0123', 'CA', '+442079460123'],
    ['011-34-612-45-67-89', 'US', '+34612456789'],
    ['010 44 20 7946 0123', 'JP', '+442079460123'],
    // Australia's own numbers are still read as dialled at home.
    ['(02) 9374 4000', 'AU', '+61293744000'],
    ['0412 345 678', 'AU', '+61412345678'],
  ])('%s in %s is %s', (typed, region, number) => {
    expect(parsePhoneNumber(typed, region)).toEqual({ ok: true, value: number });
  });

  it('is only that region’s: 0011 elsewhere is no country code 11', () => {
    expect(parsePhoneNumber('0011 44 20 7946 0123', 'GB').ok).toBe(false);
  });
});
