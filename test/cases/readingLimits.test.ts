import { describe, expect, it } from 'vitest';
import { findDueDates } from '../../src/cases/dueDate.js';
import { readAnswer, readOpeningMessage } from '../../src/cases/messageUnderstanding.js';
import { readingLimits } from '../../src/cases/readingLimits.js';

// Saturday 28 November 2026, 12:00 UTC.
const now = new Date('2026-11-28T12:00:00.000Z');
const dueDateContext = { now, timeZone: 'Europe/Berlin', culture: 'en-gb' as const };
const fieldContext = { ...dueDateContext, phoneRegion: 'GB' };

/** Clauses of ordinary prose that hold no deadline, about `length` characters in all. */
const chatter = (length: number) =>
  'the printer on floor 3 jams on every duplex job and nobody knows why. '.repeat(
    Math.ceil(length / 69),
  );

describe('reading a message costs a bounded amount, whatever its length', () => {
  it('in free text reads only clauses that can hold a deadline, so a late one is still found', () => {
    const text = `${chatter(3000)}Please fix it by Friday 5pm.`;
    const [deadline] = findDueDates(text, dueDateContext, { deadlinesOnly: true });
    expect(deadline?.deadline).toBe(true);
    expect(deadline?.reading).toEqual({
      ok: true,
      value: { instant: '2026-12-04T16:00:00.000Z', ambiguous: true },
    });
  });

  it('reads at most its budget of text for dates: a date past it is not looked for', () => {
    // Clauses of eight characters, cut at the commas: more of them than the budget can read.
    const filler = 'by 1 2 3, '.repeat(readingLimits.dateScanLength / 8 + 1);
    expect(findDueDates(`${filler}by 15 March 2027`, dueDateContext)).toEqual([]);
    expect(findDueDates('by 15 March 2027', dueDateContext)).toHaveLength(1);
  });

  it('cuts a clause with no spaces and no boundaries into pieces instead of reading it whole', () => {
    const digits = '1234567890'.repeat(500);
    expect(() => findDueDates(digits, dueDateContext)).not.toThrow();
    expect(readAnswer('dueDate', digits, fieldContext).answer).toEqual({
      ok: false,
      problem: 'not_a_date',
    });
  });

  it('looks for contact details only near the start of a long message', () => {
    const early = `reach me at ann@contoso.com, ${chatter(3000)}`;
    const late = `${chatter(3000)} reach me at ann@contoso.com`;
    expect(readOpeningMessage(early, fieldContext).readings.email?.value).toBe('ann@contoso.com');
    expect(readOpeningMessage(late, fieldContext).readings.email).toBeUndefined();
  });
});
