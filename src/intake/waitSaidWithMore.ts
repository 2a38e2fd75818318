import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { foldedPhrase, foldedWords } from './foldedWords.js';
import { foldedWordsSayOnly } from './saysOnly.js';

/** A wait with why is short: "un momento q pregunto al encargado" is 34. */
const longestWaitWithWhy = 60;

/** The most words a wait takes before why ("hang on a sec", "dame un segundo"). */
const longestWait = 4;

/**
 * Whether a message asks for a moment and says why, and nothing else: "un seg q lo busco", "one
 * sec, let me find it", "un momento q pregunto al encargado". Short, with no digit or "@" (a
 * value typed after "one sec" is an answer), and the reason led by the catalog's `waitingFor`.
 */
export function waitSaidWithMore(text: string, messages: Messages): boolean {
  if (text.length > longestWaitWithWhy || /[\p{N}@]/u.test(text)) return false;
  const { commands } = messages;
  const words = foldedWords(text, commands.shorthand);
  const reasons = reasonsOf(commands);
  for (let count = 1; count <= Math.min(longestWait, words.length - 1); count++) {
    const why = words.slice(count).join(' ');
    if (
      reasons.some((reason) => why === reason || why.startsWith(`${reason} `)) &&
      foldedWordsSayOnly(words.slice(0, count), commands.wait, commands.asides)
    )
      return true;
  }
  return false;
}

/** A catalog's words that lead into why one waits, folded as messages are. */
const reasonsOf = perCatalog((commands: Messages['commands']): readonly string[] =>
  commands.waitingFor.map(foldedPhrase),
);
