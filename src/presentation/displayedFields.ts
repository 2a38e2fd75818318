import type { CaseDraft } from '../cases/caseDraft.js';
import { caseFieldSpecs, caseFields } from '../cases/fields/caseFieldSpecs.js';
import { escapeMarkdown } from '../messages/escapeMarkdown.js';
import type { DisplayedFields, Messages } from '../messages/messages.js';

/** A draft's values as the user reads them (each field's `shown`, in their zone); not yet escaped. */
export function displayedFields(
  draft: CaseDraft,
  messages: Messages,
  timeZone: string,
): DisplayedFields {
  const view = { timeZone, formatDateTime: messages.formatDateTime };
  return Object.fromEntries(
    caseFields.flatMap((field) => {
      const value = draft[field];
      return value === undefined ? [] : [[field, caseFieldSpecs[field].shown(value, view)]];
    }),
  );
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
