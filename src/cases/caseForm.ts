import {
  type CaseDraft,
  type CaseField,
  type CompleteCaseDraft,
  isCompleteDraft,
} from './caseDraft.js';
import type { FieldParseContext } from './fieldReading.js';
import type { CaseFormValues } from './fields/caseFieldSpec.js';
import {
  type CaseFieldSpec,
  caseFieldSpecs,
  caseFields,
  type FieldProblems,
} from './fields/caseFieldSpecs.js';

export type { CaseFormValues } from './fields/caseFieldSpec.js';

/** Why each field of a form was refused. */
export type FormProblems = { [F in CaseField]?: FieldProblems[F] };

/** A form read in full: a complete draft, or the problem with each field that has one. */
export type CaseFormResult =
  | { ok: true; draft: CompleteCaseDraft }
  | { ok: false; problems: FormProblems };

/**
 * Reads a submitted case form with the same rules as the chat: every field is checked, and
 * every problem is reported at once so the form can show them all.
 */
export function readCaseForm(values: CaseFormValues, context: FieldParseContext): CaseFormResult {
  const draft: CaseDraft = {};
  const problems: FormProblems = {};
  const readField = <F extends CaseField>(field: F) => {
    const spec: CaseFieldSpec<FieldProblems[F]> = caseFieldSpecs[field];
    const read = spec.readForm(values, context);
    if (read.ok) draft[field] = read.value;
    else problems[field] = read.problem;
  };
  for (const field of caseFields) readField(field);
  return isCompleteDraft(draft) && Object.keys(problems).length === 0
    ? { ok: true, draft }
    : { ok: false, problems };
}
