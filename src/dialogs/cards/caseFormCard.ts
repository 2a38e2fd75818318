import type { Attachment } from 'botbuilder';
import { DateTime } from 'luxon';
import type { CaseDraft, CaseField } from '../../cases/caseDraft.js';
import type { CaseFormValues } from '../../cases/caseForm.js';
import { maxCaseNameLength, maxDescriptionLength } from '../../cases/caseText.js';
import { formatPhoneNumber } from '../../cases/phoneNumber.js';
import { cardActionData } from '../../intake/cardActions.js';
import type { Messages } from '../../messages/messages.js';
import { adaptiveCard } from './adaptiveCard.js';

/** What the form shows: the values to pre-fill, and a note per field that needs a fix. */
export interface CaseFormContent {
  values: CaseFormValues;
  errors?: Partial<Record<CaseField, string>>;
  /** A note above the fields, e.g. why the last submit did not create the case. */
  notice?: string;
}

/** Form values from a draft, the due date split into the user's local date and time. */
export function formValuesOf(draft: CaseDraft, timeZone: string): CaseFormValues {
  const due = draft.dueDate ? DateTime.fromISO(draft.dueDate, { zone: timeZone }) : undefined;
  return {
    name: draft.name,
    description: draft.description,
    email: draft.email,
    phone: draft.phone === undefined ? undefined : formatPhoneNumber(draft.phone),
    dueDate: due?.toISODate() ?? undefined,
    dueTime: due?.toFormat('HH:mm'),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The one-shot case form as an Adaptive Card (1.5): an input per field, pre-filled, with the
 * error under each field that has one. Its submit carries the `form` action.
 */
export function caseFormCard(content: CaseFormContent, messages: Messages): Attachment {
  const { values, errors = {}, notice } = content;
  const { cards, fieldLabel } = messages;
  const errorNote = (field: CaseField) =>
    errors[field]
      ? [
          {
            type: 'TextBlock',
            text: errors[field],
            color: 'Attention',
            size: 'Small',
            wrap: true,
            spacing: 'None',
          },
        ]
      : [];
  const input = (field: Exclude<CaseField, 'dueDate'>, extra: Record<string, unknown> = {}) => [
    {
      type: 'Input.Text',
      id: field,
      label: fieldLabel[field],
      placeholder: cards.formPlaceholders[field],
      value: text(values[field]),
      isRequired: true,
      errorMessage: cards.formRequired,
      ...extra,
    },
    ...errorNote(field),
  ];
  return adaptiveCard(
    [
      { type: 'TextBlock', text: cards.formTitle, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: cards.formIntro, isSubtle: true, wrap: true },
      ...(notice ? [{ type: 'TextBlock', text: notice, color: 'Attention', wrap: true }] : []),
      ...(Object.keys(errors).length > 0
        ? [{ type: 'TextBlock', text: cards.formHasErrors, color: 'Attention', wrap: true }]
        : []),
      ...input('name', { maxLength: maxCaseNameLength }),
      ...input('description', { isMultiline: true, maxLength: maxDescriptionLength }),
      ...input('email', { style: 'Email' }),
      ...input('phone', { style: 'Tel' }),
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'Input.Date',
                id: 'dueDate',
                label: cards.formDueDate,
                value: text(values.dueDate),
                isRequired: true,
                errorMessage: cards.formRequired,
              },
            ],
          },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'Input.Time',
                id: 'dueTime',
                label: cards.formDueTime,
                value: text(values.dueTime),
                placeholder: cards.formDueTimeHint,
              },
            ],
          },
        ],
      },
      ...errorNote('dueDate'),
    ],
    [
      {
        type: 'Action.Submit',
        title: cards.formSubmit,
        style: 'positive',
        data: cardActionData('form'),
      },
    ],
  );
}
