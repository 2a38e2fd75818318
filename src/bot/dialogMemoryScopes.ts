import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import type { DialogStateManagerConfiguration } from 'botbuilder-dialogs/lib/memory/dialogStateManager.js';

/** Where a `DialogStateManager` looks for the memory scopes of the turn (botbuilder-dialogs). */
const configurationKey = 'DialogStateManagerConfiguration';

/**
 * Makes dialog contexts with the memory scopes and path resolvers built once per process.
 * botbuilder-dialogs builds them anew for each turn's first `DialogContext` (a dozen objects and
 * a service collection): about a tenth of the CPU of an answer. They hold no state of a turn or
 * conversation, so the first turn's are kept and handed to the next ones.
 */
export function dialogContextsWithSharedMemoryScopes(
  dialogs: DialogSet,
): (context: TurnContext) => Promise<DialogContext> {
  let shared: DialogStateManagerConfiguration | undefined;
  return async (context) => {
    if (shared) context.turnState.set(configurationKey, shared);
    const dc = await dialogs.createContext(context);
    shared ??= dc.state.configuration;
    return dc;
  };
}
