import type { Attachment } from 'botbuilder';
import { caseFields } from '../../cases/caseDraft.js';
import { cardActionData } from '../../intake/cardActions.js';
import { escapeMarkdown } from '../../messages/escapeMarkdown.js';
import type { DisplayedFields, Messages } from '../../messages/messages.js';
import { adaptiveCard } from './adaptiveCard.js';
import { labelledValueElement } from './labelledValue.js';

/**
 * The case summary as an Adaptive Card: every field under its label (`labelledValueElement`), and
 * Submit, Edit and Cancel buttons whose submits carry the summary's choices (`cardActionData`).
 * Values are Markdown, so the fields are escaped: a case name is shown as typed, never as a link
 * or an image.
 */
export function summaryCard(fields: DisplayedFields, messages: Messages): Attachment {
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: messages.cards.summaryTitle,
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      ...caseFields.map((field) =>
        labelledValueElement({
          label: messages.fieldLabel[field],
          value: escapeMarkdown(fields[field] ?? ''),
        }),
      ),
    ],
    [
      {
        type: 'Action.Submit',
        title: messages.cards.confirm,
        style: 'positive',
        data: cardActionData('yes'),
      },
      { type: 'Action.Submit', title: messages.cards.edit, data: cardActionData('edit') },
      {
        type: 'Action.Submit',
        title: messages.cards.cancel,
        style: 'destructive',
        data: cardActionData('cancel'),
      },
    ],
  );
}
