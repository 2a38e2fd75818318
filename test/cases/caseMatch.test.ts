import { describe, expect, it } from 'vitest';
import { isCaseFor } from '../../src/cases/caseMatch.js';
import type { CaseResponse } from '../../src/cases/caseResponse.js';
import { sampleRequestBody } from '../support/caseFixtures.js';

const request = sampleRequestBody('ctm-1');
const found = (fields: Partial<CaseResponse> & Record<string, unknown>): CaseResponse => ({
  _id: 'ci-1',
  refId: 'CS000001',
  name: request.name,
  ETA: request.dueDate,
  userInfo: { _id: request.userInfo._id, emailId: request.emailId },
  ...fields,
});

describe('whether a found case is the one a draft asked for', () => {
  it.each<[string, CaseResponse, boolean]>([
    ['the same name, person and due date', found({}), true],
    [
      'the name in other case and spacing',
      found({ name: `  ${request.name.toUpperCase()} ` }),
      true,
    ],
    ['the same description', found({ desc: request.desc }), true],
    ['no due date shown', found({ ETA: undefined }), true],
    ['a case by user id alone', found({ userInfo: { _id: request.userInfo._id } }), true],
    [
      'a case without a user id, by its e-mail',
      found({ userInfo: { emailId: request.emailId.toUpperCase() } }),
      true,
    ],
    [
      'a case with the e-mail only at the top',
      found({ userInfo: undefined, emailId: request.emailId }),
      true,
    ],
    ['another name', found({ name: 'Printer on floor 4 jams' }), false],
    ['another due date', found({ ETA: '2027-03-16T13:00:00.000Z' }), false],
    ['another description', found({ desc: 'Something else entirely.' }), false],
    [
      'another person sharing the mailbox',
      found({ userInfo: { _id: 'aad-bob', emailId: request.emailId } }),
      false,
    ],
    ['another person, same user name', found({ userInfo: { _id: 'aad-ann2' } }), false],
    ['a case that names no person', found({ userInfo: undefined }), false],
    ['a case whose person is an empty object', found({ userInfo: {} }), false],
    ['another e-mail and no user id', found({ userInfo: { emailId: 'bob@contoso.com' } }), false],
    ['a description that is not text', found({ desc: { text: request.desc } }), true],
  ])('%s → %s', (_case, candidate, expected) => {
    expect(isCaseFor(candidate, request)).toBe(expected);
  });
});
