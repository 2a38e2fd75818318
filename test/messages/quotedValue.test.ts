import { describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { spanish as es } from '../../src/messages/es/catalog.js';
import { quotedValueEndingSentence } from '../../src/messages/quotedValue.js';

describe('a typed value ending a sentence', () => {
  it.each([
    ['It jams on every job.', 'It jams on every job.'],
    ['Help!', 'Help!'],
    ['Printer jams', 'Printer jams.'],
    ['It jams.  ', 'It jams.  '],
  ])('"%s" → "%s"', (value, quoted) => {
    expect(quotedValueEndingSentence(value)).toBe(quoted);
  });

  it('never gets two full stops in the catalogs', () => {
    const value = 'Every duplex job jams the printer on floor 3.';
    for (const sentence of [
      en.editPrompt('Description', value),
      en.changed('Description', value),
      es.editPrompt('Descripción', value),
      es.changed('Descripción', value),
    ])
      expect(sentence).not.toContain('..');
  });
});
