import type { ConversationContext } from '../conversation/conversationContext.js';
import type { OutboxOutcome } from '../submission/caseOutbox.js';

/** What the person is told when the turn that confirmed a case knows how creating it went. */
export function submissionText(
  outcome: OutboxOutcome,
  draftName: string,
  { messages, timeZone }: ConversationContext,
): string {
  if (outcome.ok) {
    const { receipt } = outcome;
    if (outcome.repeated) return messages.alreadySubmitted(receipt.refId);
    const created = messages.caseCreated(
      receipt,
      messages.formatDateTime(receipt.dueDate, timeZone),
    );
    return outcome.kind === 'found' ? `${messages.foundEarlier} ${created}` : created;
  }
  switch (outcome.kind) {
    case 'queued':
      return messages.caseQueued(outcome.estimatedMinutes);
    case 'unconfirmed':
      return messages.caseUnconfirmed(draftName, outcome.sentAt, timeZone);
    case 'failed':
      return messages.submitFailed(outcome.error);
  }
}
