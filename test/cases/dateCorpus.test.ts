import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/cases/dueDate.js';
import { dateCorpus } from '../corpus/dateCorpus.js';

const now = new Date('2026-11-28T12:00:00.000Z');

describe('the due-date corpus', () => {
  it.each(dateCorpus)(
    '$culture $zone: "$text" → $expected',
    ({ culture, zone, text, expected, ambiguous }) => {
      const parsed = parseDueDate(text, { now, timeZone: zone, culture });
      if (ambiguous === undefined) {
        expect(parsed).toEqual({ ok: false, problem: expected });
      } else {
        expect(parsed).toEqual({ ok: true, value: { instant: expected, ambiguous } });
      }
    },
  );
});
