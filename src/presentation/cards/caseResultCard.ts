import type { Attachment } from 'botbuilder';
import type { CaseReceipt } from '../../cases/caseReceipt.js';
import { escapeMarkdown } from '../../messages/escapeMarkdown.js';
import type { Messages } from '../../messages/messages.js';
import { adaptiveCard } from './adaptiveCard.js';

/**
 * A created case as a card to post in a conversation: refId, name, status, assignee, due date.
 * Card text is Markdown, so the name and what the case system returned are escaped.
 */
export function caseResultCard(
  receipt: CaseReceipt,
  name: string,
  messages: Messages,
  timeZone: string,
): Attachment {
  const { cards } = messages;
  const assignee =
    receipt.assignment.kind === 'agent'
      ? escapeMarkdown(receipt.assignment.name)
      : receipt.assignment.kind === 'queue'
        ? cards.queueName(receipt.assignment.name)
        : cards.notYetAssigned;
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: cards.resultTitle(receipt.refId),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
      },
      { type: 'TextBlock', text: escapeMarkdown(name), wrap: true, spacing: 'None' },
      {
        type: 'FactSet',
        facts: [
          ...(receipt.status
            ? [{ title: cards.resultStatus, value: escapeMarkdown(receipt.status) }]
            : []),
          { title: cards.resultAssignee, value: assignee },
          { title: cards.resultDue, value: messages.formatDateTime(receipt.dueDate, timeZone) },
        ],
      },
    ],
    [],
  );
}
