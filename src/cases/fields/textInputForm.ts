import type { FieldParseContext, FieldReading } from '../fieldReading.js';
import { accepted, type FieldParse } from '../parseOutcome.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';

/** The text a form input delivered; anything else reads as empty. */
export function inputText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The form part of a field with one text input, named `id`: shown as `shown` makes it (as
 * typed by default), read back with the field's own `read`.
 */
export function textInputForm<Problem extends string>(
  id: string,
  read: (text: string, context: FieldParseContext) => FieldParse<FieldReading, Problem>,
  shown: (value: string) => string = (value) => value,
): Pick<CaseFieldSpec<Problem>, 'formValues' | 'readForm'> {
  return {
    formValues: (value) => ({ [id]: value === undefined ? undefined : shown(value) }),
    readForm: (values, context) => {
      const reading = read(inputText(values[id]), context);
      return reading.ok ? accepted(reading.value.value) : reading;
    },
  };
}

/** A plain parse as a reading with nothing to confirm. */
export function plainReading<Problem extends string>(
  parsed: FieldParse<string, Problem>,
): FieldParse<FieldReading, Problem> {
  return parsed.ok ? accepted({ value: parsed.value }) : parsed;
}
