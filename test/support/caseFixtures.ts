import type { CaseField, CompleteCaseDraft } from '../../src/cases/caseDraft.js';
import type { CaseRequest, CaseUser } from '../../src/cases/caseRequest.js';

/** What a user in Berlin types for each field, in the order the intake asks. */
export const sampleAnswers: Record<CaseField, string> = {
  name: 'Printer on floor 3 jams',
  description: 'Every duplex job jams the printer on floor 3.',
  email: 'ann@contoso.com',
  phone: '+44 20 7946 0018',
  dueDate: 'March 15, 2027 at 2pm',
};

/** The draft those answers make in Europe/Berlin. */
export const sampleDraft: CompleteCaseDraft = {
  name: sampleAnswers.name,
  description: sampleAnswers.description,
  email: sampleAnswers.email,
  phone: '+442079460018',
  dueDate: '2027-03-15T13:00:00.000Z',
};

/** The chat user the sample case is opened for. */
export const sampleUser: CaseUser = { _id: 'aad-ann', name: 'Ann Lee' };

/** The createCase body the sample draft must produce. */
export function sampleRequestBody(caseTmp: string, user: CaseUser = sampleUser): CaseRequest {
  return {
    caseTmp,
    name: sampleDraft.name,
    desc: sampleDraft.description,
    userInfo: user,
    emailId: sampleDraft.email,
    phoneNumber: sampleDraft.phone,
    dueDate: sampleDraft.dueDate,
    source: 'rtm',
  };
}
