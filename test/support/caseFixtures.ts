import type { CompleteCaseDraft } from '../../src/cases/caseDraft.js';
import type { CaseUser } from '../../src/cases/caseRequest.js';

/** A complete, valid draft as the intake would produce it. */
export const sampleDraft: CompleteCaseDraft = {
  name: 'Printer on floor 3 jams',
  description: 'Every duplex job jams the printer on floor 3.',
  email: 'ann@contoso.com',
  phone: '+442079460018',
  dueDate: '2027-03-15T13:00:00.000Z',
};

/** The chat user the sample case is opened for. */
export const sampleUser: CaseUser = { _id: 'aad-ann', name: 'Ann Lee' };
