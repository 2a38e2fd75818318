import { describe, expect, it } from 'vitest';
import { findEmailAddresses, parseEmailAddress } from '../../src/cases/emailAddress.js';
import type { RecognitionCulture } from '../../src/cases/recognitionCulture.js';
import { findRefusedEmailAddress } from '../../src/cases/refusedEmailAddress.js';
import { typingDistance } from '../../src/cases/typingDistance.js';

/** An address whose local part and domain have the given lengths. */
const addressOf = (localLength: number, domainLength: number) =>
  `${'a'.repeat(localLength)}@${'b'.repeat(domainLength - 4)}.com`;

describe('parseEmailAddress', () => {
  it.each([
    ['ann@contoso.com', 'ann@contoso.com'],
    ['  Ann.Lee+cases@Contoso.COM ', 'Ann.Lee+cases@contoso.com'],
    ['<ann@contoso.com>', 'ann@contoso.com'],
    ['mailto:ann@contoso.com', 'ann@contoso.com'],
    ['ann@mail.contoso.co.uk.', 'ann@mail.contoso.co.uk'],
    [addressOf(64, 189), addressOf(64, 189)],
  ])('accepts %j as %s', (text, expected) => {
    expect(parseEmailAddress(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['ann.contoso.com', 'missing_at'],
    ['ann @contoso.com', 'has_spaces'],
    ['ann@', 'missing_domain'],
    ['ann@.com', 'missing_domain'],
    // A domain name with no ending: the top-level domain is what is missing, not the domain.
    ['ann@contoso', 'missing_top_level_domain'],
    ['bob@Contoso.', 'missing_top_level_domain'],
    ['<bob@my-company>', 'missing_top_level_domain'],
    ['ann@-contoso', 'missing_domain'],
    ['ann@@contoso.com', 'malformed'],
    ['ann@contoso..com', 'malformed'],
    // A comma for a dot is said as such, not as a missing domain.
    ['ann@contoso,com', 'comma_in_domain'],
    ['ann@mail,contoso.co,uk', 'comma_in_domain'],
    ['ann,lee@contoso.com', 'malformed'],
    [addressOf(65, 20), 'too_long'],
    [addressOf(10, 245), 'too_long'],
    [addressOf(64, 190), 'too_long'],
    [`${'a'.repeat(488)}@contoso.com`, 'too_long'],
    // The RFC counts octets: 40 of these are 80.
    [`<${'ñ'.repeat(40)}@contoso.com>`, 'too_long'],
  ])('refuses %j as %s', (text, problem) => {
    expect(parseEmailAddress(text)).toEqual({ ok: false, problem });
  });
});

describe('findEmailAddresses', () => {
  it('does not take an address longer than the RFC allows from free text', () => {
    const long = `${'a'.repeat(488)}@contoso.com`;
    expect(findEmailAddresses(`reach me at ${long} please`, 'en-us')).toEqual([]);
    expect(findEmailAddresses('reach me at ann@contoso.com please', 'en-us')).toMatchObject([
      { address: 'ann@contoso.com' },
    ]);
  });
});

describe('addresses with letters beyond ASCII', () => {
  it.each(['müller@contoso.com', 'josé@contoso.es', 'ann@müller.de'])(
    'refuses %s whole, with the reason',
    (address) => {
      expect(parseEmailAddress(address)).toEqual({ ok: false, problem: 'non_ascii' });
    },
  );

  it.each<[string, RecognitionCulture]>([
    ['write to müller@contoso.com please', 'en-us'],
    ['escríbeme a josé@contoso.es', 'es-es'],
  ])('never takes the ASCII tail of one from free text: %s', (text, culture) => {
    expect(findEmailAddresses(text, culture)).toEqual([]);
  });

  it('still finds a plain address right after other words and punctuation', () => {
    expect(findEmailAddresses('mail:ann.lee@contoso.com,', 'en-us')).toMatchObject([
      { address: 'ann.lee@contoso.com' },
    ]);
  });
});

describe('addresses with an apostrophe', () => {
  it.each<[string, RecognitionCulture, string]>([
    ["alfie.o'neill@fabrikam.co.uk", 'en-gb', "alfie.o'neill@fabrikam.co.uk"],
    ["reach me at alfie.o'neill@fabrikam.co.uk please", 'en-gb', "alfie.o'neill@fabrikam.co.uk"],
    ["mail:o'brien@contoso.ie, thanks", 'en-us', "o'brien@contoso.ie"],
    ["escríbeme a d'angelo.ruiz@example.es", 'es-es', "d'angelo.ruiz@example.es"],
    // Quote marks around an address quote it: they are no part of it.
    ["my email is 'ann@contoso.com' ok", 'en-us', 'ann@contoso.com'],
    ['it’s ’ann@contoso.com’', 'en-us', 'ann@contoso.com'],
    // Markup around one, or a word before it parted by a slash, is no part of it either.
    ['reach me at **ann@contoso.com**', 'en-us', 'ann@contoso.com'],
    ['work/ann@contoso.com', 'en-us', 'ann@contoso.com'],
  ])('reads %j whole', (text, culture, address) => {
    const found = findEmailAddresses(text, culture);
    expect(found.map((mention) => mention.address)).toEqual([address]);
    expect(found.map((mention) => text.slice(mention.start, mention.end))).toEqual([address]);
  });

  it.each<[string, RecognitionCulture]>([
    ['alfie.o’neill@fabrikam.co.uk', 'en-gb'],
    ['reach me at alfie.o’neill@fabrikam.co.uk please', 'en-gb'],
    ['ann&bob@contoso.com', 'en-us'],
  ])('never takes what follows a character it cannot take: %j', (text, culture) => {
    expect(findEmailAddresses(text, culture)).toEqual([]);
  });

  it('refuses one with a typographic apostrophe whole, typed alone or in a message', () => {
    expect(parseEmailAddress('alfie.o’neill@fabrikam.co.uk')).toEqual({
      ok: false,
      problem: 'non_ascii',
    });
    const text = 'reach me at alfie.o’neill@fabrikam.co.uk please';
    const found = findRefusedEmailAddress(text);
    expect(found && text.slice(found.start, found.end)).toBe('alfie.o’neill@fabrikam.co.uk');
    expect(found?.problem).toBe('non_ascii');
  });
});

describe('findRefusedEmailAddress', () => {
  it.each([
    ['reach me at müller@beispiel.de or +44 20 7946 0018', 'müller@beispiel.de', 'non_ascii'],
    ['escríbeme a josé@correo.es, gracias', 'josé@correo.es', 'non_ascii'],
    ['mail ann@contoso,com, phone later', 'ann@contoso,com', 'comma_in_domain'],
  ])('finds the address in %j, and why it is refused', (text, address, problem) => {
    const found = findRefusedEmailAddress(text);
    expect(
      found && { address: text.slice(found.start, found.end), problem: found.problem },
    ).toEqual({ address, problem });
  });

  it.each([
    'ssh root@server01 fails',
    'meet@home,then call me',
    'ping @ann about it',
    'reach me at ann@contoso.com',
    'ann@münchen',
  ])('finds no address to refuse in %j', (text) => {
    expect(findRefusedEmailAddress(text)).toBeUndefined();
  });
});

describe('typingDistance', () => {
  it.each([
    ['gmail', 'gmail', 0],
    ['gmial', 'gmail', 1],
    ['gmai', 'gmail', 1],
    ['gmaill', 'gmail', 1],
    ['gnail', 'gmail', 1],
    ['hotmal', 'hotmail', 1],
    ['aon', 'aol', 1],
    ['es', 'de', 2],
    ['con', 'com', 1],
    ['cmo', 'com', 1],
    ['es', 'com', 3],
    ['', 'com', 3],
  ])('%s → %s takes %i slips', (typed, meant, slips) => {
    expect(typingDistance(typed, meant)).toBe(slips);
  });
});

describe('findEmailAddresses reads only the stretch between the first @ and the last', () => {
  it.each([
    [
      'ann@contoso.com is mine, bob@contoso.com is my manager',
      ['ann@contoso.com', 'bob@contoso.com'],
    ],
    [
      'the printer on floor 3 jams; reach me at\nann.lee@contoso.com. thanks',
      ['ann.lee@contoso.com'],
    ],
    ['write (ann@contoso.com)', ['ann@contoso.com']],
  ])('%j', (text, addresses) => {
    const found = findEmailAddresses(text, 'en-us');
    expect(found.map((mention) => mention.address)).toEqual(addresses);
    expect(found.map((mention) => mention.start)).toEqual(
      addresses.map((address) => text.indexOf(address)),
    );
  });
});
