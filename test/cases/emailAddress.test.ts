import { describe, expect, it } from 'vitest';
import { parseEmailAddress } from '../../src/cases/emailAddress.js';

describe('parseEmailAddress', () => {
  it.each([
    ['ann@contoso.com', 'ann@contoso.com'],
    ['  Ann.Lee+cases@Contoso.COM ', 'Ann.Lee+cases@contoso.com'],
    ['<ann@contoso.com>', 'ann@contoso.com'],
    ['mailto:ann@contoso.com', 'ann@contoso.com'],
    ['ann@mail.contoso.co.uk.', 'ann@mail.contoso.co.uk'],
  ])('accepts %j as %s', (text, expected) => {
    expect(parseEmailAddress(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['ann.contoso.com', 'missing_at'],
    ['ann @contoso.com', 'has_spaces'],
    ['ann@contoso', 'missing_domain'],
    ['ann@', 'missing_domain'],
    ['ann@@contoso.com', 'malformed'],
    ['ann@contoso..com', 'malformed'],
  ])('refuses %j as %s', (text, problem) => {
    expect(parseEmailAddress(text)).toEqual({ ok: false, problem });
  });
});
