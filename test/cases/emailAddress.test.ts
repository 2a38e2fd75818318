import { describe, expect, it } from 'vitest';
import { findEmailAddresses, parseEmailAddress } from '../../src/cases/emailAddress.js';

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

  it.each([
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
