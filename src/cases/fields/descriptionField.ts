import { type CaseTextProblem, maxDescriptionLength, parseDescription } from '../caseText.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';
import { plainReading, textInputForm } from './textInputForm.js';

const read: CaseFieldSpec<CaseTextProblem>['read'] = (text) => plainReading(parseDescription(text));

/** What the problem is, in the user's words, with their paragraphs. */
export const descriptionField: CaseFieldSpec<CaseTextProblem> = {
  read,
  freeText: true,
  shown: (value) => value,
  input: { kind: 'text', maxLength: maxDescriptionLength, multiline: true },
  ...textInputForm('description', read),
  requestKey: 'desc',
};
