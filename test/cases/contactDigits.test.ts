import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/cases/messageUnderstanding.js';
import { londonReading } from '../support/intakeFixture.js';

const context = londonReading;

describe('contact details found beside an answer, whatever digits they are written in', () => {
  it.each([
    ['ASCII digits', 'Printer jams, call 020 7946 0018'],
    ['fullwidth digits', 'Printer jams, call ＋４４ ２０ ７９４６ ００１８'],
    ['Arabic-Indic digits', 'Printer jams, call ٠٢٠ ٧٩٤٦ ٠٠١٨'],
  ])('finds a phone number in %s', (_script, text) => {
    expect(readAnswer('name', text, context).extras).toEqual({ phone: { value: '+442079460018' } });
  });

  it('looks for no phone where there are too few digits, and for no address without an @', () => {
    expect(readAnswer('name', 'Printer 3 jams on floor 12', context).extras).toEqual({});
    expect(readAnswer('name', 'Mail to ann at contoso dot com', context).extras).toEqual({});
  });
});
