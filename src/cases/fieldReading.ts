import type { DueDateContext, DueDateReading, DueDateRules } from './dueDate.js';
import { type EmailProblem, parseEmailAddress } from './emailAddress.js';
import { suggestEmailCorrection } from './emailDomainTypo.js';
import { accepted, type FieldParse } from './parseOutcome.js';
import type { RecognitionCulture } from './recognitionCulture.js';

/** What reading a field may depend on: the moment, the user's zone, culture and country. */
export interface FieldParseContext {
  now: Date;
  timeZone: string;
  phoneRegion: string;
  culture: RecognitionCulture;
  dueDateRules?: Partial<DueDateRules>;
}

/** Something the user should confirm before a reading is taken. */
export type FieldCheck =
  /** The date phrase left something open; show the reading and ask. */
  | { kind: 'date_reading'; zone?: string }
  /** The e-mail domain looks like a typo of a common provider. */
  | { kind: 'email_typo'; suggestion: string };

/** A value read for a field (in the form the API receives), and what to confirm first. */
export interface FieldReading {
  value: string;
  check?: FieldCheck;
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
export function dueDateFieldReading({ instant, ambiguous, zone }: DueDateReading): FieldReading {
  if (!ambiguous) return { value: instant };
  return {
    value: instant,
    check: zone ? { kind: 'date_reading', zone } : { kind: 'date_reading' },
  };
}
