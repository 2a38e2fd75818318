import { describe, expect, it } from 'vitest';
import { maxScrubbedLength, scrubPersonalData } from '../../src/logging/scrubPersonalData.js';

describe('scrubPersonalData', () => {
  it.each([
    [
      'Invalid emailId ann@contoso.com for user 555-0100',
      'Invalid emailId [email] for user [number]',
    ],
    ['call +44 20 7946 0018 or (415) 555-0100 x204', 'call [number] or [number] x204'],
    ['"Ann.Lee+cases@mail.contoso.co.uk" is blocked', '"[email]" is blocked'],
    ['card 4111 1111 1111 1111, due 2027-03-15', 'card [number], due [number]'],
    ['Invalid case template', 'Invalid case template'],
    ['HTTP 400: field 12 of 3', 'HTTP 400: field 12 of 3'],
    ['line one\nline two\r\n\tthree', 'line one line two three'],
  ])('scrubs %j', (text, expected) => {
    expect(scrubPersonalData(text)).toBe(expected);
  });

  it('keeps a log line short, whatever the text', () => {
    const scrubbed = scrubPersonalData(`${'word '.repeat(10_000)} ann@contoso.com`);
    expect(scrubbed.length).toBeLessThanOrEqual(maxScrubbedLength);
    expect(scrubbed.endsWith('…')).toBe(true);
  });

  it('leaves no part of a long address or number at the cut', () => {
    for (let pad = 150; pad < 220; pad++) {
      const text = `${'x'.repeat(pad)} ann.lee@contoso.com 415 555 0100`;
      expect(scrubPersonalData(text)).not.toMatch(/ann|contoso|555|0100/);
    }
  });
});
