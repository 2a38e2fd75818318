import { randomUUID } from 'node:crypto';
import {
  type Activity,
  type ConversationReference,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import type { ConversationContext } from '../conversation/conversationContext.js';
import { errorDetails } from '../logging/errorDetails.js';
import type { Logger } from '../logging/logger.js';
import { messagesFor } from '../messages/catalog.js';
import { caseResultCard } from '../presentation/cards/caseResultCard.js';
import type { RecordStore } from '../storage/recordStore.js';
import type { Delivery, OutboxNews } from '../submission/caseOutbox.js';

/** What the outbox keeps to tell a person about their case later. */
interface OutcomeDelivery {
  reference: Partial<ConversationReference>;
  locale: string;
  timeZone: string;
  draftName: string;
  /** A card (the Teams message action) or a sentence (the chat). */
  format: 'card' | 'text';
  /** The channel takes messages outside a turn; else the result waits for the next message. */
  proactive: boolean;
}

/** Sends an activity into a conversation outside the current turn (a proactive message). */
export type ProactiveSender = (
  reference: Partial<ConversationReference>,
  activity: Partial<Activity>,
) => Promise<void>;

const noticePrefix = 'notice/';
const noticesOf = (conversationId: string) =>
  `${noticePrefix}${encodeURIComponent(conversationId)}/`;

/**
 * How the outbox will reach the person in this turn's conversation. A client that takes its
 * replies in the HTTP response (expectReplies) has no service to post to later: its results
 * wait for its next message.
 */
export function deliveryFor(
  context: TurnContext,
  conversation: ConversationContext,
  draftName: string,
  format: OutcomeDelivery['format'],
): Delivery {
  const { activity } = context;
  const delivery: OutcomeDelivery = {
    reference: {
      activityId: activity.id,
      bot: activity.recipient,
      channelId: activity.channelId,
      conversation: activity.conversation,
      serviceUrl: activity.serviceUrl,
      locale: activity.locale,
    },
    locale: conversation.messages.locale,
    timeZone: conversation.timeZone,
    draftName,
    format,
    proactive: Boolean(activity.serviceUrl) && activity.deliveryMode !== 'expectReplies',
  };
  return { ...delivery };
}

/**
 * Tells people the outcome of drafts their turn did not wait for: proactively where the channel
 * allows it, otherwise (or when posting fails) as a notice kept in the store and shown before
 * the answer to their next message.
 */
export function createOutcomeDelivery(parts: {
  records: RecordStore;
  sendLater: ProactiveSender;
  logger: Logger;
}) {
  return async (delivery: Delivery | undefined, outcome: OutboxNews): Promise<void> => {
    if (!delivery) return;
    const target = delivery as unknown as OutcomeDelivery;
    const activity = outcomeActivity(target, outcome);
    if (target.proactive) {
      try {
        await parts.sendLater(target.reference, activity);
        return;
      } catch (error) {
        parts.logger.warn(
          { err: errorDetails(error) },
          'could not post a case result: kept for later',
        );
      }
    }
    const conversationId = target.reference.conversation?.id ?? '';
    await parts.records.put(`${noticesOf(conversationId)}${randomUUID()}`, { activity });
  };
}

/** Sends the conversation the results kept for it, oldest first, and forgets them. */
export async function sendKeptNotices(context: TurnContext, records: RecordStore): Promise<void> {
  const conversationId = context.activity.conversation?.id;
  if (!conversationId) return;
  const kept = [];
  for await (const notice of records.list(noticesOf(conversationId))) kept.push(notice);
  kept.sort((a, b) => a.updatedAt - b.updatedAt);
  for (const notice of kept) {
    const stored = await records.get<{ activity: Partial<Activity>; claimed?: boolean }>(
      notice.key,
    );
    if (!stored || stored.value.claimed) continue;
    // Claimed first, so a turn on another instance does not show it too.
    const claimed = await records.replace(
      notice.key,
      { ...stored.value, claimed: true },
      stored.eTag,
    );
    if (!claimed.ok) continue;
    await context.sendActivity(stored.value.activity);
    await records.delete(notice.key, claimed.eTag);
  }
}

function outcomeActivity(target: OutcomeDelivery, outcome: OutboxNews): Partial<Activity> {
  const messages = messagesFor(target.locale);
  if (outcome.kind === 'delayed') return MessageFactory.text(messages.caseDelayed(outcome.error));
  if (outcome.kind === 'unconfirmed') {
    const { draftName, timeZone } = target;
    return MessageFactory.text(messages.caseUnconfirmed(draftName, outcome.sentAt, timeZone));
  }
  if (!outcome.ok) return MessageFactory.text(messages.submitFailed(outcome.error));
  if (target.format === 'card') {
    return MessageFactory.attachment(
      caseResultCard(outcome.receipt, target.draftName, messages, target.timeZone),
    );
  }
  return MessageFactory.text(
    messages.caseCreated(
      outcome.receipt,
      messages.formatDateTime(outcome.receipt.dueDate, target.timeZone),
    ),
  );
}
