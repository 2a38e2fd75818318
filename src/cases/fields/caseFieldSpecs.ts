import type { FieldParseContext, FieldReading } from '../fieldReading.js';
import type { FieldParse } from '../parseOutcome.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';

export type { CaseFieldSpec } from './caseFieldSpec.js';

import { descriptionField } from './descriptionField.js';
import { dueDateField } from './dueDateField.js';
import { emailField } from './emailField.js';
import { nameField } from './nameField.js';
import { phoneField } from './phoneField.js';

/**
 * The fields of a case, in the order the intake asks for them. A new field is a spec here and
 * its words in each catalog; everything else (the draft, the questions, the form, the summary,
 * the request) follows from this list.
 */
const specs = {
  name: nameField,
  description: descriptionField,
  email: emailField,
  phone: phoneField,
  dueDate: dueDateField,
};

/** One of the fields of a case draft. */
export type CaseField = keyof typeof specs;

type ProblemOf<Spec> = Spec extends CaseFieldSpec<infer Problem> ? Problem : never;

/** Why each field can be refused. */
export type FieldProblems = { [F in CaseField]: ProblemOf<(typeof specs)[F]> };

/** Each field's spec, typed with its own problems. */
export const caseFieldSpecs: { [F in CaseField]: CaseFieldSpec<FieldProblems[F]> } = specs;

/** The fields the intake collects, in the order it asks for them. */
export const caseFields = Object.keys(specs) as readonly CaseField[];

/** Reads a whole answer as one field; the value is the normalised form the case API receives. */
export function parseCaseField<F extends CaseField>(
  field: F,
  text: string,
  context: FieldParseContext,
): FieldParse<FieldReading, FieldProblems[F]> {
  const spec: CaseFieldSpec<FieldProblems[F]> = caseFieldSpecs[field];
  return spec.read(text, context);
}
