import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';

/** A catalog's asides and "please", as one list: what may come with a command or thanks. */
export const asidesAndPleaseOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...commands.asides,
  ...commands.please,
]);

/** "Please" and "thanks" in a catalog's words, as one list: what may come with any choice. */
export const courtesyOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...commands.please,
  ...commands.thanks,
]);
