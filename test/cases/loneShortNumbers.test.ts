import { describe, expect, it } from 'vitest';
import { withLoneShortNumbersBlanked } from '../../src/cases/loneShortNumbers.js';
import { findPhoneNumbers } from '../../src/cases/phoneNumber.js';

const longMessage =
  'Hi, the printer on floor 3 jams on every duplex job and the whole team is blocked. Please fix by Friday 5pm; reach me at ann@contoso.com or +44 20 7946 0018';

describe('withLoneShortNumbersBlanked', () => {
  it('blanks numbers too short for a phone and far from other digits, offsets kept', () => {
    const blanked = withLoneShortNumbersBlanked(longMessage);
    expect(blanked).toHaveLength(longMessage.length);
    expect(blanked).toContain('on floor   jams');
    expect(blanked).toContain('Friday  pm;');
    expect(blanked).toContain('+44 20 7946 0018');
  });

  it.each([
    ['an extension after the number', '+1 415 555 0100 ext. 204'],
    ['a number split by a sign it does not write between digits', '0 20–7946–0018'],
    ['a number split by letters', '0x20 7946 0018'],
    ['a country code apart from the rest', '+44 , , 20 7946 0018'],
    ['a number of four digits (Niue)', 'call 7012'],
    ['digits in another script', 'call ٠٢٠ ٧٩٤٦ ٠٠١٨'],
  ])('keeps %s', (_, text) => {
    expect(withLoneShortNumbersBlanked(text)).toBe(text);
  });

  it('blanks short numbers in any script', () => {
    expect(withLoneShortNumbersBlanked('piso ٣ está roto')).toBe('piso   está roto');
  });
});

describe('findPhoneNumbers finds what it found before short numbers were blanked', () => {
  it.each([
    [longMessage, 'GB', '+442079460018'],
    ['2 printers down, call +1 415 555 0100 ext. 204 after 3', 'US', '+14155550100;ext=204'],
    ['room 12, tel 0 20 7946 0018', 'GB', '+442079460018'],
    ['call me at 7012 (Niue) about the 2 laptops', 'NU', '+6837012'],
  ])('%s', (text, region, number) => {
    const [found] = findPhoneNumbers(text, region);
    expect(found?.number).toBe(number);
  });
});
