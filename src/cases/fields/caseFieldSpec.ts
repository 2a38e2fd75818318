import type { CaseRequest } from '../caseRequest.js';
import type { FieldParseContext, FieldReading } from '../fieldReading.js';
import type { FieldParse } from '../parseOutcome.js';

/** What showing a value needs: the user's zone, and the catalog's way of writing an instant. */
export interface FieldView {
  timeZone: string;
  formatDateTime: (isoInstant: string, timeZone: string) => string;
}

/** A field's input in the form card, described; the card draws it. */
export type FormInput =
  | { kind: 'text'; maxLength?: number; multiline?: boolean; style?: 'Email' | 'Tel' }
  /** A date picker with the field's name, and beside it a time picker `timeInputId`. */
  | { kind: 'dateAndTime'; timeInputId: string };

/** The form's inputs as a card submit delivers them, by input id; anything may be missing. */
export type CaseFormValues = Readonly<Record<string, unknown>>;

/** The createCase body properties a field can fill. */
export type CaseRequestFieldKey = Exclude<keyof CaseRequest, 'caseTmp' | 'userInfo' | 'source'>;

/**
 * Everything the bot knows about one field of a case, apart from its words (label, question,
 * help, reasons for refusal), which are in each language's catalog. `Problem` is why it can be
 * refused.
 */
export interface CaseFieldSpec<Problem extends string> {
  /** Reads a whole answer as this field: the value the case API receives, normalised, or why not. */
  read(text: string, context: FieldParseContext): FieldParse<FieldReading, Problem>;
  /**
   * Free text: when a message gives other fields too, what is left of it once they are taken
   * out is the answer.
   */
  freeText: boolean;
  /** The value as the user reads it; not yet escaped. */
  shown(value: string, view: FieldView): string;
  input: FormInput;
  /** Its inputs' values in the form, from the draft's value. */
  formValues(value: string | undefined, timeZone: string): CaseFormValues;
  /** Reads its inputs back from a submitted form, by the same rules as the chat. */
  readForm(values: CaseFormValues, context: FieldParseContext): FieldParse<string, Problem>;
  /** Where the value goes in the createCase body. */
  requestKey: CaseRequestFieldKey;
}
