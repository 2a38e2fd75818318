import type { CaseField } from './caseDraft.js';
import { type CaseTextProblem, parseCaseName, parseDescription } from './caseText.js';
import {
  type DueDateContext,
  type DueDateProblem,
  type DueDateReading,
  type DueDateRules,
  parseDueDate,
} from './dueDate.js';
import { type EmailProblem, parseEmailAddress, suggestEmailCorrection } from './emailAddress.js';
import { accepted, type FieldParse } from './parseOutcome.js';
import { type PhoneProblem, parsePhoneNumber } from './phoneNumber.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** What reading a field may depend on: the moment, the user's zone, culture and country. */
export interface FieldParseContext {
  now: Date;
  timeZone: string;
  phoneRegion: string;
  culture: RecognitionCulture;
  dueDateRules?: Partial<DueDateRules>;
}

/** Why each field can be refused. */
export interface FieldProblems {
  name: CaseTextProblem;
  description: CaseTextProblem;
  email: EmailProblem;
  phone: PhoneProblem;
  dueDate: DueDateProblem;
}

/** Something the user should confirm before a reading is taken. */
export type FieldCheck =
  /** The date phrase left something open; show the reading and ask. */
  | { kind: 'date_reading' }
  /** The e-mail domain looks like a typo of a common provider. */
  | { kind: 'email_typo'; suggestion: string };

/** A value read for a field (in the form the API receives), and what to confirm first. */
export interface FieldReading {
  value: string;
  check?: FieldCheck;
}

type FieldParsers = {
  [F in CaseField]: (
    text: string,
    context: FieldParseContext,
  ) => FieldParse<FieldReading, FieldProblems[F]>;
};

/** Wraps a plain parse result as a reading without anything to confirm. */
function plain<Problem extends string>(
  parsed: FieldParse<string, Problem>,
): FieldParse<FieldReading, Problem> {
  return parsed.ok ? accepted({ value: parsed.value }) : parsed;
}

/** Reads an e-mail address, flagging a likely typo in a common provider's domain. */
export function readEmail(text: string): FieldParse<FieldReading, EmailProblem> {
  const parsed = parseEmailAddress(text);
  if (!parsed.ok) return parsed;
  const suggestion = suggestEmailCorrection(parsed.value);
  return accepted(
    suggestion
      ? { value: parsed.value, check: { kind: 'email_typo', suggestion } }
      : { value: parsed.value },
  );
}

/** The due-date context a field parse context implies. */
export function dueDateContextOf(context: FieldParseContext): DueDateContext {
  return {
    now: context.now,
    timeZone: context.timeZone,
    culture: context.culture,
    rules: context.dueDateRules,
  };
}

/** A due-date reading as a field reading: a reading that left something open is to be confirmed. */
export function dueDateFieldReading({ instant, ambiguous }: DueDateReading): FieldReading {
  return ambiguous ? { value: instant, check: { kind: 'date_reading' } } : { value: instant };
}

const fieldParsers: FieldParsers = {
  name: (text) => plain(parseCaseName(text)),
  description: (text) => plain(parseDescription(text)),
  email: (text) => readEmail(text),
  phone: (text, { phoneRegion }) => plain(parsePhoneNumber(text, phoneRegion)),
  dueDate: (text, context) => {
    const parsed = parseDueDate(text, dueDateContextOf(context));
    return parsed.ok ? accepted(dueDateFieldReading(parsed.value)) : parsed;
  },
};

/** Reads a whole answer as one field; the value is the normalised form the case API receives. */
export function parseCaseField<F extends CaseField>(
  field: F,
  text: string,
  context: FieldParseContext,
): FieldParse<FieldReading, FieldProblems[F]> {
  const parse: FieldParsers[F] = fieldParsers[field];
  return parse(text, context);
}
