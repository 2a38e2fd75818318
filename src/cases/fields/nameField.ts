import { type CaseTextProblem, maxCaseNameLength, parseCaseName } from '../caseText.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';
import { plainReading, textInputForm } from './textInputForm.js';

const read: CaseFieldSpec<CaseTextProblem>['read'] = (text) => plainReading(parseCaseName(text));

/** The case's short title: one line, white space folded. */
export const nameField: CaseFieldSpec<CaseTextProblem> = {
  read,
  freeText: true,
  shown: (value) => value,
  input: { kind: 'text', maxLength: maxCaseNameLength },
  ...textInputForm('name', read),
  requestKey: 'name',
};
