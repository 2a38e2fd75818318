import type { Attachment } from 'botbuilder';
import type { CaseDraft, CaseField } from '../../cases/caseDraft.js';
import type { CaseFormValues } from '../../cases/caseForm.js';
import type { FormInput } from '../../cases/fields/caseFieldSpec.js';
import { caseFieldSpecs, caseFields } from '../../cases/fields/caseFieldSpecs.js';
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

/** Form values from a draft, as each field's spec fills its inputs (in the user's zone). */
export function formValuesOf(draft: CaseDraft, timeZone: string): CaseFormValues {
  return Object.assign(
    {},
    ...caseFields.map((field) => caseFieldSpecs[field].formValues(draft[field], timeZone)),
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The one-shot case form as an Adaptive Card (1.5): each field's input as its spec describes it,
 * pre-filled, with the error under each field that has one. Its submit carries the `form`
 * action.
 */
export function caseFormCard(content: CaseFormContent, messages: Messages): Attachment {
  const { values, errors = {}, notice } = content;
  const { cards } = messages;
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
  return adaptiveCard(
    [
      { type: 'TextBlock', text: cards.formTitle, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: cards.formIntro, isSubtle: true, wrap: true },
      ...(notice ? [{ type: 'TextBlock', text: notice, color: 'Attention', wrap: true }] : []),
      ...(Object.keys(errors).length > 0
        ? [{ type: 'TextBlock', text: cards.formHasErrors, color: 'Attention', wrap: true }]
        : []),
      ...caseFields.flatMap((field) => [
        inputElement(field, caseFieldSpecs[field].input, values, messages),
        ...errorNote(field),
      ]),
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

/** The card element for a field's input: a text box, or a date picker beside a time picker. */
function inputElement(
  field: CaseField,
  input: FormInput,
  values: CaseFormValues,
  { cards, fieldLabel }: Messages,
): Record<string, unknown> {
  const required = { isRequired: true, errorMessage: cards.formRequired };
  if (input.kind === 'text') {
    return {
      type: 'Input.Text',
      id: field,
      label: fieldLabel[field],
      placeholder: cards.formPlaceholders[field],
      value: text(values[field]),
      ...required,
      ...(input.maxLength ? { maxLength: input.maxLength } : {}),
      ...(input.multiline ? { isMultiline: true } : {}),
      ...(input.style ? { style: input.style } : {}),
    };
  }
  const column = (item: Record<string, unknown>) => ({
    type: 'Column',
    width: 'stretch',
    items: [item],
  });
  return {
    type: 'ColumnSet',
    columns: [
      column({
        type: 'Input.Date',
        id: field,
        label: fieldLabel[field],
        value: text(values[field]),
        ...required,
      }),
      column({
        type: 'Input.Time',
        id: input.timeInputId,
        label: cards.formTime,
        value: text(values[input.timeInputId]),
        placeholder: cards.formTimeHint,
      }),
    ],
  };
}
