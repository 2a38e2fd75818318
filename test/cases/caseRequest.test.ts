import { describe, expect, it } from 'vitest';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';

describe('buildCaseRequest', () => {
  it('maps a confirmed draft onto the createCase body of case-api.md', () => {
    expect(buildCaseRequest(sampleDraft, sampleUser, 'ctm-123')).toEqual({
      caseTmp: 'ctm-123',
      name: 'Printer on floor 3 jams',
      desc: 'Every duplex job jams the printer on floor 3.',
      userInfo: { _id: 'aad-ann', name: 'Ann Lee' },
      emailId: 'ann@contoso.com',
      phoneNumber: '+442079460018',
      dueDate: '2027-03-15T13:00:00.000Z',
      source: 'rtm',
    });
  });

  it.each([
    ['a phone number that is not E.164', { phone: '020 7946 0018' }],
    ['a due date without milliseconds', { dueDate: '2027-03-15T13:00:00Z' }],
    ['an e-mail without a domain', { email: 'ann@' }],
  ])('refuses to build a body with %s', (_label, change) => {
    expect(() => buildCaseRequest({ ...sampleDraft, ...change }, sampleUser, 'ctm-123')).toThrow();
  });

  it('refuses an empty template id or user id', () => {
    expect(() => buildCaseRequest(sampleDraft, sampleUser, '')).toThrow();
    expect(() => buildCaseRequest(sampleDraft, { _id: '', name: 'x' }, 'ctm-1')).toThrow();
  });
});
