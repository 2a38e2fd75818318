import { describe, expect, it } from 'vitest';
import {
  maxCaseNameLength,
  maxDescriptionLength,
  parseCaseName,
  parseDescription,
} from '../../src/cases/caseText.js';

describe('case name and description', () => {
  it('folds white space in a name onto one line', () => {
    expect(parseCaseName('  Printer\n jams   on floor 3 ')).toEqual({
      ok: true,
      value: 'Printer jams on floor 3',
    });
  });

  it('keeps paragraphs in a description but folds runs of spaces and blank lines', () => {
    expect(parseDescription('It jams.\r\n\r\n\r\n\r\nEvery   time.  ')).toEqual({
      ok: true,
      value: 'It jams.\n\nEvery time.',
    });
  });

  it.each([
    [parseCaseName, '   ', 'empty'],
    [parseCaseName, 'x'.repeat(maxCaseNameLength + 1), 'too_long'],
    [parseDescription, '\n\n', 'empty'],
    [parseDescription, 'x'.repeat(maxDescriptionLength + 1), 'too_long'],
  ])('refuses text that is %s', (parse, text, problem) => {
    expect(parse(text)).toEqual({ ok: false, problem });
  });

  it('accepts text at the length limit', () => {
    expect(parseCaseName('x'.repeat(maxCaseNameLength)).ok).toBe(true);
  });
});
