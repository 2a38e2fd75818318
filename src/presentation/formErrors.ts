import { type CaseField, caseFields } from '../cases/caseDraft.js';
import type { FormProblems } from '../cases/caseForm.js';
import type { FieldContext, Messages } from '../messages/messages.js';
import { fieldProblemText } from './fieldProblemText.js';

/** The catalog's note for each field of a form that was refused, to show under that field. */
export function formErrors(
  problems: FormProblems,
  messages: Messages,
  fieldContext: FieldContext,
): Partial<Record<CaseField, string>> {
  const note = <F extends CaseField>(field: F): [F, string][] => {
    const problem = problems[field];
    return problem === undefined
      ? []
      : [[field, fieldProblemText(field, problem, messages, fieldContext)]];
  };
  return Object.fromEntries(caseFields.flatMap((field) => note(field)));
}
