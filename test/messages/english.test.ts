import { describe, expect, it } from 'vitest';
import type { CaseApiError } from '../../src/caseApi/caseApiError.js';
import type { CaseReceipt } from '../../src/cases/caseReceipt.js';
import { messagesFor } from '../../src/messages/catalog.js';
import { english } from '../../src/messages/en/catalog.js';
import { languageOf } from '../../src/messages/languageCode.js';

const receipt = (assignment: CaseReceipt['assignment']): CaseReceipt => ({
  caseId: 'ci-1',
  refId: 'CS004123',
  status: 'Open',
  assignment,
  dueDate: '2027-03-15T13:00:00.000Z',
});
const due = english.formatDateTime('2027-03-15T13:00:00.000Z', 'Europe/Berlin');

describe('English replies', () => {
  it('formats a due date in the user zone and names the zone', () => {
    expect(due).toBe('Mon 15 Mar 2027, 14:00 (Europe/Berlin)');
    expect(english.formatDateTime('2027-03-15T13:00:00.000Z', 'America/New_York')).toBe(
      'Mon 15 Mar 2027, 09:00 (America/New_York)',
    );
  });

  it.each([
    [
      { kind: 'agent', name: 'Priya Raman' },
      'Your case CS004123 is open and assigned to Priya Raman. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ],
    [
      { kind: 'queue', name: 'Billing' },
      'Your case CS004123 is open and waiting in the Billing queue for the next agent. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ],
    [
      { kind: 'unassigned' },
      'Your case CS004123 is open and not yet assigned to anyone. Due Mon 15 Mar 2027, 14:00 (Europe/Berlin).',
    ],
  ] as const)('announces a created case (%o)', (assignment, expected) => {
    expect(english.caseCreated(receipt(assignment), due)).toBe(expected);
  });

  it('says "was created" when the API gives no status', () => {
    expect(
      english.caseCreated({ ...receipt({ kind: 'unassigned' }), status: undefined }, due),
    ).toMatch(/^Your case CS004123 was created and not yet assigned/);
  });

  it.each<[CaseApiError, RegExp]>([
    [{ kind: 'rejected', status: 400 }, /refused the case, so nothing was created/],
    [{ kind: 'auth', status: 401 }, /nothing was created.*administrator/],
    [{ kind: 'rate_limited', retryAfterMs: 41_200 }, /try again in about 42 seconds/],
    [
      { kind: 'unavailable', reason: 'ECONNREFUSED' },
      /could not reach the case system, so nothing was created/,
    ],
    [{ kind: 'unknown_outcome', reason: 'TimeoutError' }, /cannot tell whether it was created/],
    [{ kind: 'invalid_response', status: 200, reason: 'x' }, /probably created/],
  ])('explains a %o failure honestly', (error, expected) => {
    const text = english.submitFailed(error);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/ECONNREFUSED|TimeoutError|HTTP/);
  });

  it('falls back to English for languages without a catalog', () => {
    expect(messagesFor('fr-FR')).toBe(english);
    expect(messagesFor(undefined)).toBe(english);
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('pt_BR')).toBe('pt');
    expect(languageOf('')).toBe('en');
  });
});
