import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { IntakeResult } from '../intake/intakeResult.js';

/** What the bot remembers of the last case a conversation opened: enough to answer about it. */
export interface LastCaseMemo {
  /** The case's reference; none while it waits in the outbox. */
  refId?: string;
}

/**
 * The last case each conversation opened, kept in conversation state, so "when will someone call
 * me?" after it is answered about that case and does not start another.
 */
export class LastCase {
  private readonly memo: StatePropertyAccessor<LastCaseMemo>;

  constructor(state: ConversationState) {
    this.memo = state.createProperty<LastCaseMemo>('lastCase');
  }

  /** Remembers the case an intake ended with, if it opened one. */
  async remember(context: TurnContext, result: IntakeResult | undefined): Promise<void> {
    if (result?.status === 'created') await this.memo.set(context, { refId: result.receipt.refId });
    else if (result?.status === 'queued') await this.memo.set(context, {});
  }

  /** The last case the conversation opened, if any. */
  recall(context: TurnContext): Promise<LastCaseMemo | undefined> {
    return this.memo.get(context);
  }
}
