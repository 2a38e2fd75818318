import { describe, expect, it } from 'vitest';
import { readEmail } from '../../src/cases/fieldReading.js';
import { parsePhoneNumber } from '../../src/cases/phoneNumber.js';
import { emailCorpus, phoneCorpus } from '../corpus/contactCorpus.js';

describe('the phone corpus', () => {
  it.each(phoneCorpus)('$region: "$text" → $expected', ({ region, text, expected }) => {
    const parsed = parsePhoneNumber(text, region);
    expect(parsed.ok ? parsed.value : parsed.problem).toBe(expected);
  });
});

describe('the e-mail corpus', () => {
  it.each(emailCorpus)('"$text" → $expected', ({ text, expected, suggestion }) => {
    const parsed = readEmail(text);
    if (!parsed.ok) {
      expect(parsed.problem).toBe(expected);
      return;
    }
    expect(parsed.value).toEqual(
      suggestion
        ? { value: expected, check: { kind: 'email_typo', suggestion } }
        : { value: expected },
    );
  });
});
