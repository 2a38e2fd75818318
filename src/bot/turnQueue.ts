/**
 * Runs the turns of one conversation one after another in this process, so two quick messages
 * (or a channel re-sending one) never read the same state and race to save it. Conversations
 * run side by side; the map holds only conversations with a turn in progress.
 */
export function createTurnQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async function inTurn<T>(conversation: string, turn: () => Promise<T>): Promise<T> {
    const previous = tails.get(conversation) ?? Promise.resolve();
    const result = previous.then(turn);
    const tail = result.catch(() => undefined);
    tails.set(conversation, tail);
    try {
      return await result;
    } finally {
      if (tails.get(conversation) === tail) tails.delete(conversation);
    }
  };
}
