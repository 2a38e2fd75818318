import type { EmailProblem } from '../emailAddress.js';
import { readEmail } from '../fieldReading.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';
import { textInputForm } from './textInputForm.js';

/** The contact e-mail address; a likely typo of a common provider's domain is asked about. */
export const emailField: CaseFieldSpec<EmailProblem> = {
  read: (text) => readEmail(text),
  freeText: false,
  shown: (value) => value,
  input: { kind: 'text', style: 'Email' },
  ...textInputForm('email', (text) => readEmail(text)),
  requestKey: 'emailId',
};
