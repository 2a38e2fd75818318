import { describe, expect, it } from 'vitest';
import { correctedMention } from '../../src/cases/correctedMention.js';
import { findEmailAddresses } from '../../src/cases/emailAddress.js';
import { findPhoneNumbers } from '../../src/cases/phoneNumber.js';
import type { RecognitionCulture } from '../../src/cases/recognitionCulture.js';

describe('an address taken back in the same message', () => {
  it.each<[string, RecognitionCulture, string, string]>([
    [
      'amira.k@fabrikam.co.uk, no sorry amira.khan@fabrikam.co.uk',
      'en-gb',
      'amira.khan@fabrikam.co.uk',
      'amira.k@fabrikam.co.uk, no sorry amira.khan@fabrikam.co.uk',
    ],
    [
      'rocio.marquez@example.com no espera, es rocio.marquez@example.es',
      'es-es',
      'rocio.marquez@example.es',
      'rocio.marquez@example.com no espera, es rocio.marquez@example.es',
    ],
    [
      'reach me at ann@contoso.com, sorry I mean ann.lee@contoso.com thanks',
      'en-us',
      'ann.lee@contoso.com',
      'ann@contoso.com, sorry I mean ann.lee@contoso.com',
    ],
    [
      'ann@contoso.com no wait ann@contoso.org, actually ann@contoso.net',
      'en-us',
      'ann@contoso.net',
      'ann@contoso.com no wait ann@contoso.org, actually ann@contoso.net',
    ],
    [
      'mi correo es pepe@correo.es, perdón, pepe.gil@correo.es',
      'es-es',
      'pepe.gil@correo.es',
      'pepe@correo.es, perdón, pepe.gil@correo.es',
    ],
    [
      "alfie@fabrikam.co.uk oops alfie.o'neill@fabrikam.co.uk",
      'en-gb',
      "alfie.o'neill@fabrikam.co.uk",
      "alfie@fabrikam.co.uk oops alfie.o'neill@fabrikam.co.uk",
    ],
  ])('%j → %s', (text, culture, address, span) => {
    const taken = correctedMention(text, findEmailAddresses(text, culture));
    expect(taken?.address).toBe(address);
    expect(taken && text.slice(taken.start, taken.end)).toBe(span);
  });

  it.each<[string, string]>([
    ['ann@contoso.com is mine, bob@contoso.com is my manager', 'ann@contoso.com'],
    ['ann@contoso.com or bob@contoso.com', 'ann@contoso.com'],
    // Words that take back, too far from the first to be about it.
    [
      'ann@contoso.com is the one I read every single day, sorry, bob@contoso.com too',
      'ann@contoso.com',
    ],
  ])('takes the first of two addresses nothing takes back: %j', (text, address) => {
    expect(correctedMention(text, findEmailAddresses(text, 'en-us'))?.address).toBe(address);
  });
});

describe('a phone number taken back in the same message', () => {
  it.each<[string, string, string]>([
    ['0612 345 678 sorry I mean 0612 345 679', 'NL', '+31612345679'],
    ['612 45 67 89, bueno no, mejor el 612 45 67 90', 'ES', '+34612456790'],
    ['mi móvil es el 612 45 67 89 perdón 612 45 67 98', 'ES', '+34612456798'],
    ['call 020 7946 0018, no wait, 020 7946 0019', 'GB', '+442079460019'],
    ['(415) 555-0100 scratch that (415) 555-0199', 'US', '+14155550199'],
    ['415 555 0100, or rather 415 555 0101', 'US', '+14155550101'],
    ['612 45 67 89 no espera 612 45 67 90', 'ES', '+34612456790'],
  ])('%j in %s → %s', (text, region, number) => {
    expect(correctedMention(text, findPhoneNumbers(text, region))?.number).toBe(number);
  });

  it.each<[string, string, string]>([
    ['612 45 67 89 o 612 45 67 90', 'ES', '+34612456789'],
    ['call 020 7946 0018 or my desk 020 7946 0019', 'GB', '+442079460018'],
    ['0612 345 678', 'NL', '+31612345678'],
  ])('takes the first where nothing takes it back: %j', (text, region, number) => {
    expect(correctedMention(text, findPhoneNumbers(text, region))?.number).toBe(number);
  });

  it('takes none of none', () => {
    expect(correctedMention('no number here', [])).toBeUndefined();
  });

  it('follows a long chain of corrections to the last number', () => {
    const text = `${'612 45 67 89 no wait '.repeat(250)}612 45 67 90`;
    expect(correctedMention(text, findPhoneNumbers(text, 'ES'))?.number).toBe('+34612456790');
  });
});
