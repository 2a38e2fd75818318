import { clauseEnds } from '../cases/textSpans.js';
import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { foldedWords } from './foldedWords.js';
import { foldedWordsSayOnly, longestSaidOnly } from './saysOnly.js';
import { spokenCommand } from './spokenCommand.js';

/** The most clauses a refusal of the case may take at the start ("no, no, don't create it"). */
const mostClausesOfRefusal = 3;

/**
 * Whether a message that says more than a command still ends the case, so it is the cancel
 * command (which asks first when something would be lost):
 * - its last clause is a cancel and nothing more: "oh wait it just started working lol. nvm
 *   cancel", "sorry wrong chat, cancel", "ya funciona. cancela" ("The printer says cancel" is one
 *   clause: an answer);
 * - it opens with a refusal or a drop of the case, perhaps after a no, and goes on to say why:
 *   "nah don't create it, I'll just call the helpdesk", "forget it, its working now", "mejor no
 *   lo crees, ya funciona", "nah, dejalo, lo hablo con mi jefe".
 */
export function cancelSaidWithMore(text: string, messages: Messages): boolean {
  return lastClauseCancels(text, messages) || opensWithRefusal(text, messages);
}

function lastClauseCancels(text: string, messages: Messages): boolean {
  const clauses = text.split(clauseEnds).filter((clause) => clause.trim() !== '');
  const last = clauses.at(-1);
  return clauses.length > 1 && last !== undefined && spokenCommand(last, messages) === 'cancel';
}

function opensWithRefusal(text: string, messages: Messages): boolean {
  const { commands } = messages;
  const clauses = text.trimStart().split(clauseEnds, mostClausesOfRefusal);
  const around = aroundRefusalOf(commands);
  for (let count = 1; count <= clauses.length; count++) {
    const opening = clauses.slice(0, count).join(' ');
    if (opening.length > longestSaidOnly) return false;
    const words = foldedWords(opening, commands.shorthand);
    if (foldedWordsSayOnly(words, commands.refuseCase, around)) return true;
  }
  return false;
}

/** What may come with a refusal of the case: a no, asides, courtesy ("nah", "mejor", "pls"). */
const aroundRefusalOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...commands.no,
  ...commands.asides,
  ...commands.please,
]);
