import { formatPhoneNumber, type PhoneProblem, parsePhoneNumber } from '../phoneNumber.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';
import { plainReading, textInputForm } from './textInputForm.js';

const read: CaseFieldSpec<PhoneProblem>['read'] = (text, { phoneRegion }) =>
  plainReading(parsePhoneNumber(text, phoneRegion));

/** The contact phone number, kept in E.164 (`+442079460018`) and shown as people write it. */
export const phoneField: CaseFieldSpec<PhoneProblem> = {
  read,
  freeText: false,
  shown: formatPhoneNumber,
  input: { kind: 'text', style: 'Tel' },
  ...textInputForm('phone', read, formatPhoneNumber),
  requestKey: 'phoneNumber',
};
