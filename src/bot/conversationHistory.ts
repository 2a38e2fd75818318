import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** A message the bot saw in a conversation, kept for escalation. */
export interface SeenMessage {
  author: string;
  text: string;
  /** ISO instant. */
  timestamp: string;
}

/**
 * The last few messages the bot has seen in each conversation (in Teams channels and group chats:
 * those that mention it), oldest first, kept in conversation state so "escalate" can turn them
 * into a case description. Bounded: only the newest `limit` are kept.
 */
export class ConversationHistory {
  private readonly messages: StatePropertyAccessor<SeenMessage[]>;

  constructor(
    state: ConversationState,
    private readonly limit: number,
  ) {
    this.messages = state.createProperty<SeenMessage[]>('recentMessages');
  }

  /** Keeps the current message, if it has text, dropping the oldest beyond the limit. */
  async record(context: TurnContext): Promise<void> {
    const { text, from, timestamp } = context.activity;
    if (typeof text !== 'string' || text.trim() === '' || this.limit === 0) return;
    const seen = await this.messages.get(context, []);
    const when = timestamp ? new Date(timestamp) : new Date();
    const entry = {
      author: from.name || from.id,
      text: text.trim(),
      timestamp: when.toISOString(),
    };
    await this.messages.set(context, [...seen, entry].slice(-this.limit));
  }

  /** The kept messages, oldest first. */
  recent(context: TurnContext): Promise<SeenMessage[]> {
    return this.messages.get(context, []);
  }
}
