import { describe, expect, it } from 'vitest';
import {
  findPhoneNumbers,
  formatPhoneNumber,
  parsePhoneNumber,
} from '../../src/cases/phoneNumber.js';

describe('parsePhoneNumber returns E.164 for the ways people write numbers', () => {
  it.each([
    ['+44 20 7946 0018', 'US', '+442079460018'],
    ['+44 (0)20 7946 0018', 'US', '+442079460018'],
    ['020 7946 0018', 'GB', '+442079460018'],
    ['(415) 555-0100', 'US', '+14155550100'],
    ['415.555.0100', 'US', '+14155550100'],
    ['1-415-555-0100', 'US', '+14155550100'],
    ['00 49 30 901820', 'DE', '+4930901820'],
    ['030 901820', 'DE', '+4930901820'],
    ['+34 612 34 56 78', 'US', '+34612345678'],
    ['  +1 415 555 0100  ', 'GB', '+14155550100'],
  ])('%s (default %s) → %s', (text, region, expected) => {
    expect(parsePhoneNumber(text, region)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['call me', 'not_a_number'],
    ['12', 'too_short'],
    ['+44 20 7946 0018 1234 5678', 'too_long'],
    ['+999 123 456 789', 'unknown_country'],
    ['(415) 055-0100', 'invalid'],
  ])('refuses %j as %s', (text, problem) => {
    expect(parsePhoneNumber(text, 'US')).toEqual({ ok: false, problem });
  });
});

describe('Mexican numbers with the prefixes retired in 2019–2020', () => {
  it.each([
    ['+52 1 55 1234 5678', 'US'],
    ['+52 1 5512345678', 'ES'],
    ['044 55 1234 5678', 'MX'],
    ['045 55 1234 5678', 'MX'],
    ['01 55 1234 5678', 'MX'],
    ['55 1234 5678', 'MX'],
  ])('reads %s (default %s) as dialled today', (text, region) => {
    expect(parsePhoneNumber(text, region)).toEqual({ ok: true, value: '+525512345678' });
  });

  it('finds one in a sentence, where it stands', () => {
    const text = 'mi cel es 044 55 1234 5678, gracias';
    const [found] = findPhoneNumbers(text, 'MX');
    expect(found?.number).toBe('+525512345678');
    expect(text.slice(found?.start, found?.end)).toContain('55 1234 5678');
  });

  it('leaves a 01 or 044 alone elsewhere, and a +52 1 before other than ten digits', () => {
    expect(parsePhoneNumber('01 55 1234 5678', 'US').ok).toBe(false);
    expect(parsePhoneNumber('+52 1 55 1234 567', 'US').ok).toBe(false);
  });
});

describe('formatPhoneNumber', () => {
  it.each([
    ['+442079460018', '+44 20 7946 0018'],
    ['+14155550100', '+1 415 555 0100'],
    ['not a number', 'not a number'],
  ])('shows %s as %s', (e164, expected) => {
    expect(formatPhoneNumber(e164)).toBe(expected);
  });
});

describe('formatPhoneNumber of a number found lately, and of one no longer kept', () => {
  it('writes it the same', () => {
    const [found] = findPhoneNumbers('call 020 7946 0018 ext 12', 'GB');
    const whileKept = formatPhoneNumber(found?.number ?? '');
    // A thousand other numbers push it out of the kept forms: it is parsed again.
    for (let index = 0; index < 1_000; index++) {
      formatPhoneNumber(`+1415555${String(index).padStart(4, '0')}`);
    }
    expect(formatPhoneNumber(found?.number ?? '')).toBe(whileKept);
    expect(whileKept).toBe('+44 20 7946 0018 x12');
  });
});
