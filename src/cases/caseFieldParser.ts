import type { CaseField } from './caseDraft.js';
import { type CaseTextProblem, parseCaseName, parseDescription } from './caseText.js';
import { type DueDateProblem, parseDueDate } from './dueDate.js';
import { type EmailProblem, parseEmailAddress } from './emailAddress.js';
import type { FieldParse } from './fieldParse.js';
import { type PhoneProblem, parsePhoneNumber } from './phoneNumber.js';

/** What reading a field may depend on: the moment, the user's zone and default country. */
export interface FieldParseContext {
  now: Date;
  timeZone: string;
  phoneRegion: string;
}

/** Why each field can be refused. */
export interface FieldProblems {
  name: CaseTextProblem;
  description: CaseTextProblem;
  email: EmailProblem;
  phone: PhoneProblem;
  dueDate: DueDateProblem;
}

type FieldParsers = {
  [F in CaseField]: (
    text: string,
    context: FieldParseContext,
  ) => FieldParse<string, FieldProblems[F]>;
};

const fieldParsers: FieldParsers = {
  name: (text) => parseCaseName(text),
  description: (text) => parseDescription(text),
  email: (text) => parseEmailAddress(text),
  phone: (text, { phoneRegion }) => parsePhoneNumber(text, phoneRegion),
  dueDate: (text, { now, timeZone }) => parseDueDate(text, { now, timeZone }),
};

/** Reads the answer to one field; the value is the normalised form the case API receives. */
export function parseCaseField<F extends CaseField>(
  field: F,
  text: string,
  context: FieldParseContext,
): FieldParse<string, FieldProblems[F]> {
  const parse: FieldParsers[F] = fieldParsers[field];
  return parse(text, context);
}
