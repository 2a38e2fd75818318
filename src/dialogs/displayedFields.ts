import { type CaseDraft, caseFields } from '../cases/caseDraft.js';
import { formatPhoneNumber } from '../cases/phoneNumber.js';
import { escapeMarkdown } from '../messages/escapeMarkdown.js';
import type { DisplayedFields, Messages } from '../messages/messages.js';

/** A draft's values as the user reads them: phone formatted, due date in their zone; not yet escaped. */
export function displayedFields(
  draft: CaseDraft,
  messages: Messages,
  timeZone: string,
): DisplayedFields {
  return {
    name: draft.name,
    description: draft.description,
    email: draft.email,
    phone: draft.phone === undefined ? undefined : formatPhoneNumber(draft.phone),
    dueDate:
      draft.dueDate === undefined ? undefined : messages.formatDateTime(draft.dueDate, timeZone),
  };
}

/**
 * One "- Label: value" line (a Markdown list item) per given field, in the intake's order, the
 * values escaped so they show as typed; `missing` fills the gaps.
 */
export function fieldLines(fields: DisplayedFields, messages: Messages, missing?: string): string {
  return caseFields
    .filter((field) => fields[field] !== undefined || missing !== undefined)
    .map((field) => {
      const value = fields[field];
      return `- ${messages.fieldLabel[field]}: ${value === undefined ? missing : escapeMarkdown(value)}`;
    })
    .join('\n');
}
