import type { CaseField } from '../cases/caseDraft.js';
import type { FieldProblems } from '../cases/fields/caseFieldSpecs.js';
import type { FieldContext, Messages } from '../messages/messages.js';

/** Why a field was refused, in the catalog's words for that field's own problem. */
export function fieldProblemText<F extends CaseField>(
  field: F,
  problem: FieldProblems[F],
  messages: Messages,
  fieldContext: FieldContext,
): string {
  const describe: Messages['fieldProblem'][F] = messages.fieldProblem[field];
  return describe(problem, fieldContext);
}
