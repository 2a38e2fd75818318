import type { CaseField, CompleteCaseDraft } from './caseDraft.js';
import { dueDateFromParts } from './dueDate.js';
import {
  dueDateContextOf,
  type FieldParseContext,
  type FieldProblems,
  parseCaseField,
} from './fieldReading.js';
import type { FieldParse } from './parseOutcome.js';

/** The inputs of the one-shot case form, as a card submit delivers them (anything may be missing). */
export interface CaseFormValues {
  name?: unknown;
  description?: unknown;
  email?: unknown;
  phone?: unknown;
  dueDate?: unknown;
  dueTime?: unknown;
}

/** Why each field of a form was refused. */
export type FormProblems = { [F in CaseField]?: FieldProblems[F] };

/** A form read in full: a complete draft, or the problem with each field that has one. */
export type CaseFormResult =
  | { ok: true; draft: CompleteCaseDraft }
  | { ok: false; problems: FormProblems };

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Reads a submitted case form with the same rules as the chat: every field is checked, and
 * every problem is reported at once so the form can show them all.
 */
export function readCaseForm(values: CaseFormValues, context: FieldParseContext): CaseFormResult {
  const due = dueDateFromParts(
    asText(values.dueDate),
    asText(values.dueTime),
    dueDateContextOf(context),
  );
  const results: { [F in CaseField]: FieldParse<{ value: string }, FieldProblems[F]> } = {
    name: parseCaseField('name', asText(values.name), context),
    description: parseCaseField('description', asText(values.description), context),
    email: parseCaseField('email', asText(values.email), context),
    phone: parseCaseField('phone', asText(values.phone), context),
    dueDate: due.ok ? { ok: true, value: { value: due.value.instant } } : due,
  };
  const { name, description, email, phone, dueDate } = results;
  if (name.ok && description.ok && email.ok && phone.ok && dueDate.ok) {
    return {
      ok: true,
      draft: {
        name: name.value.value,
        description: description.value.value,
        email: email.value.value,
        phone: phone.value.value,
        dueDate: dueDate.value.value,
      },
    };
  }
  return {
    ok: false,
    problems: {
      ...(name.ok ? {} : { name: name.problem }),
      ...(description.ok ? {} : { description: description.problem }),
      ...(email.ok ? {} : { email: email.problem }),
      ...(phone.ok ? {} : { phone: phone.problem }),
      ...(dueDate.ok ? {} : { dueDate: dueDate.problem }),
    },
  };
}
