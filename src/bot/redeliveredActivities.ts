import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/** How many message ids per conversation are remembered; channels re-send recent ones. */
const rememberedIds = 32;

/**
 * The ids of the last messages a conversation's turns handled, kept in conversation state so
 * they are saved (or not) with the turn itself. Channels re-deliver an activity when they think
 * its answer timed out (Teams after about 15 s); read again, "yes" or a name would shift the
 * answers or start a new intake.
 */
export class RedeliveredActivities {
  private readonly seen: StatePropertyAccessor<string[]>;

  constructor(state: ConversationState) {
    this.seen = state.createProperty<string[]>('handledActivityIds');
  }

  /** True for a message this conversation already handled; otherwise notes it as handled. */
  async alreadyHandled(context: TurnContext): Promise<boolean> {
    const { id, type } = context.activity;
    if (!id || type !== 'message') return false;
    const seen = await this.seen.get(context, []);
    if (seen.includes(id)) return true;
    await this.seen.set(context, [...seen, id].slice(-rememberedIds));
    return false;
  }
}
