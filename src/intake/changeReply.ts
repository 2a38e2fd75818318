import type { CaseField } from '../cases/caseDraft.js';
import type { FieldParseContext } from '../cases/fieldReading.js';
import type { FieldProblems } from '../cases/fields/caseFieldSpecs.js';
import { readAnswer } from '../cases/messageUnderstanding.js';
import type { FieldRefusal, Reply } from './intakeReply.js';

/**
 * A change of `field` to what `value` says ("+44 20 7946 0999", "the phone is …"), with anything
 * else it gives; the reason, when it gives no such value.
 */
export function changeReply(field: CaseField, value: string, parse: FieldParseContext): Reply {
  const { answer, extras } = readAnswer(field, value, parse);
  if (!answer.ok) return { kind: 'changeRefused', refusal: refusalOf(field, answer.problem) };
  return { kind: 'change', field, readings: { ...extras, [field]: answer.value } };
}

/** TypeScript cannot see that a field and its own problem make one member of the union. */
export function refusalOf<F extends CaseField>(field: F, problem: FieldProblems[F]): FieldRefusal {
  return { field, problem } as FieldRefusal;
}
