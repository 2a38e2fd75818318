import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';

/** "Please" and "thanks" in a catalog's words, as one list: what may come with any choice. */
export const courtesyOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...commands.please,
  ...commands.thanks,
]);
