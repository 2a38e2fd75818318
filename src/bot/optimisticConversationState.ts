import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder';

/**
 * Conversation state whose save does not let the last writer win: botbuilder's `saveChanges`
 * writes with eTag `*`, so two instances (or two quick messages) running turns of the same
 * conversation would silently overwrite each other's answers. This one writes with the eTag
 * the state was read at, so the storage refuses a write over a newer one and the turn fails
 * instead (the user is asked to send the message again; nothing is lost or shifted). The
 * conversation lock makes that rare: it only happens when a turn waited longer than allowed.
 */
export class OptimisticConversationState extends ConversationState {
  private readonly loadedHash = Symbol('loaded state hash');

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const state = await super.load(context, force);
    if (force || !context.turnState.has(this.loadedHash)) {
      context.turnState.set(this.loadedHash, calculateChangeHash(state));
    }
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context);
    if (!state) return;
    const hash = calculateChangeHash(state);
    if (!force && hash === context.turnState.get(this.loadedHash)) return;
    const key = await this.storageKey(context);
    // The eTag is the one read at the start of the turn (none for a new conversation).
    const written: { eTag?: string } = { ...state };
    await this.storage.write({ [key]: written });
    // A next save in this turn writes against the new version, into the same state object (the
    // dialogs hold parts of it): the eTag the storage gave the item (the record stores do), else
    // the one read back (botbuilder's BlobsStorage and MemoryStorage give none).
    const given = written.eTag !== state.eTag && written.eTag !== '*' ? written.eTag : undefined;
    state.eTag = given ?? (await this.storage.read([key]))[key]?.eTag;
    context.turnState.set(this.loadedHash, hash);
  }
}
