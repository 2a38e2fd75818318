import { describe, expect, it } from 'vitest';
import { isTimeZoneName } from '../../src/cases/timeZoneName.js';

describe('whether a client’s zone name is an IANA time zone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/Argentina/ComodRivadavia', true],
    ['UTC', true],
    ['Europe/Atlantis', false],
    ['', false],
    ['Europe/Berlin\u0000', false],
    [`Europe/${'x'.repeat(100)}`, false],
    ['<script>alert(1)</script>', false],
  ])('%j → %s', (zone, expected) => {
    expect(isTimeZoneName(zone)).toBe(expected);
    // Asked again (now remembered), the answer is the same.
    expect(isTimeZoneName(zone)).toBe(expected);
  });

  it('keeps answering rightly after more invented names than it remembers', () => {
    for (let n = 0; n < 2_000; n += 1) expect(isTimeZoneName(`Mars/Crater${n}`)).toBe(false);
    expect(isTimeZoneName('Asia/Kolkata')).toBe(true);
    expect(isTimeZoneName('Mars/Crater1')).toBe(false);
  });
});
