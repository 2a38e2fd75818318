// The Bot Framework activities bench/throughput.mjs sends: a message from a local client that
// takes its replies in the HTTP response (deliveryMode "expectReplies"), as the local Web Chat
// page and `npm run chat` do. Every server under test gets the same shape.
import { randomUUID } from 'node:crypto';

/** The JSON body of one message activity in `conversationId`. */
export function messageActivity({ conversationId, userId, text }) {
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: userId, name: 'Bench User' },
    recipient: { id: 'bot', name: 'Case bot' },
    conversation: { id: conversationId },
    locale: 'en-GB',
    localTimezone: 'Europe/Berlin',
    text,
  });
}

/** The replies in an expectReplies response body (already parsed). */
export function repliesOf(body) {
  return Array.isArray(body?.activities) ? body.activities : [];
}

/** Whether one of the replies is an Adaptive Card (the summary, on a channel with cards). */
export function hasAdaptiveCard(replies) {
  return replies.some((reply) =>
    reply.attachments?.some(
      (card) => card.contentType === 'application/vnd.microsoft.card.adaptive',
    ),
  );
}

/**
 * A due date about a month ahead on a day after the 12th, with the month's name and a time:
 * nothing in it is ambiguous, so the bot never asks to confirm its reading (as in the soak).
 */
export function unambiguousDueDate() {
  const date = new Date(Date.now() + 30 * 86_400_000);
  while (date.getUTCDate() <= 12) date.setUTCDate(date.getUTCDate() + 1);
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()} at 2pm`;
}

/**
 * The long multi-field opening message of test/corpus/messageCorpus.ts (the README's example):
 * a description, a deadline, an e-mail and a phone number in one message.
 */
export const longOpeningMessage =
  'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018';
