import { randomUUID } from 'node:crypto';
import { postActivity } from './postActivity.js';

/** An activity as a client posts it; the helper fills in the envelope. */
export interface OutgoingActivity {
  type?: string;
  text?: string;
  [field: string]: unknown;
}

/** A reply the bot put in the expectReplies response body. */
export interface BotReply {
  type: string;
  text?: string;
  suggestedActions?: { actions: { title: string }[] };
  attachments?: { contentType: string; content: unknown }[];
}

/**
 * A client of the bot's real HTTP endpoint, like a channel with `deliveryMode: "expectReplies"`:
 * each POST returns the bot's replies for that turn in the response body.
 */
export function botConversation(
  botUrl: string,
  user: { id: string; name: string; aadObjectId?: string } = { id: 'user-ann', name: 'Ann Lee' },
  client: { locale?: string; localTimezone?: string } = {
    locale: 'en-GB',
    localTimezone: 'Europe/Berlin',
  },
  /** Another bot process's client of the same conversation passes its id. */
  conversationId = `conv-${randomUUID()}`,
) {
  const conversation = { id: conversationId };
  return {
    conversation,
    /** Posts one activity and returns the replies, or throws with the status and body. */
    async send(activity: OutgoingActivity): Promise<BotReply[]> {
      const { status, text } = await postActivity(botUrl, {
        channelId: 'emulator',
        deliveryMode: 'expectReplies',
        from: user,
        recipient: { id: 'bot', name: 'Case bot' },
        conversation,
        ...client,
        ...activity,
      });
      if (status !== 200) throw new Error(`HTTP ${status}: ${text}`);
      return (JSON.parse(text) as { activities: BotReply[] }).activities;
    },
    /** Says something and returns the texts of the replies. */
    async say(text: string): Promise<string[]> {
      return (await this.send({ text })).map((reply) => reply.text ?? '');
    },
  };
}
