import { DateTime } from 'luxon';
import { type DueDateProblem, dueDateFromParts, parseDueDate } from '../dueDate.js';
import { dueDateContextOf, dueDateFieldReading } from '../fieldReading.js';
import { accepted } from '../parseOutcome.js';
import { zoneNamed } from '../rememberedOffsetZone.js';
import type { CaseFieldSpec } from './caseFieldSpec.js';
import { inputText } from './textInputForm.js';

const timeInputId = 'dueTime';

/**
 * When the case is due: an ISO-8601 instant in UTC with milliseconds, shown in the user's zone.
 * A reading that had to guess (a bare weekday, a date without a time) is confirmed first.
 */
export const dueDateField: CaseFieldSpec<DueDateProblem> = {
  read: (text, context) => {
    const parsed = parseDueDate(text, dueDateContextOf(context));
    return parsed.ok ? accepted(dueDateFieldReading(parsed.value)) : parsed;
  },
  freeText: false,
  shown: (value, { timeZone, formatDateTime }) => formatDateTime(value, timeZone),
  input: { kind: 'dateAndTime', timeInputId },
  formValues: (value, timeZone) => {
    const due =
      value === undefined ? undefined : DateTime.fromISO(value, { zone: zoneNamed(timeZone) });
    return { dueDate: due?.toISODate() ?? undefined, [timeInputId]: due?.toFormat('HH:mm') };
  },
  readForm: (values, context) => {
    const time = inputText(values[timeInputId]);
    const due = dueDateFromParts(inputText(values.dueDate), time, dueDateContextOf(context));
    return due.ok ? accepted(due.value.instant) : due;
  },
  requestKey: 'dueDate',
};
