import { describe, expect, it } from 'vitest';
import { saysNoPhone } from '../../src/cases/noPhone.js';

describe('a message that says there is no phone', () => {
  it.each([
    ["I don't have a phone", 'en-gb'],
    ['i dont have one', 'en-us'],
    ['Sorry, I have no phone number.', 'en-gb'],
    ["I haven't got a mobile", 'en-gb'],
    ['no phone', 'en-us'],
    ['none', 'en-us'],
    ['N/A', 'en-us'],
    ['No tengo teléfono', 'es-es'],
    ['no tengo móvil', 'es-es'],
    ['sin teléfono', 'es-es'],
    ['ninguno', 'es-es'],
    ["I don't have a work phone, just email me", 'en-gb'],
    ['no desk phone - email me instead', 'en-us'],
    ['email is better', 'en-gb'],
    ['by email only please', 'en-us'],
    ['no tengo teléfono del trabajo', 'es-es'],
    ['solo por correo', 'es-es'],
    ['mejor por correo electrónico', 'es-es'],
  ] as const)('"%s" (%s)', (text, culture) => {
    expect(saysNoPhone(text, culture)).toBe(true);
  });

  it.each([
    ['020 7946 0018', 'en-gb'],
    ['no', 'en-gb'],
    ['phone', 'en-gb'],
    ['my phone is broken', 'en-gb'],
    ['I do not have a phone number yet but will soon, call 020 7946 0018', 'en-gb'],
    ['no tengo ni idea', 'es-es'],
    ['my work phone is 020 7946 0018', 'en-gb'],
    ['email is down so call me on 020 7946 0018', 'en-gb'],
    ['el correo no funciona', 'es-es'],
  ] as const)('not "%s" (%s)', (text, culture) => {
    expect(saysNoPhone(text, culture)).toBe(false);
  });
});
