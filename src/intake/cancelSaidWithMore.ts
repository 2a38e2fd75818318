import { clauseEnds } from '../cases/textSpans.js';
import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { foldedWords } from './foldedWords.js';
import { foldedWordsSayOnly, longestSaidOnly } from './saysOnly.js';
import { spokenCommand } from './spokenCommand.js';

/** Where one sentence ends and the next begins. */
const sentenceEnd = /[.!?…\n]+/u;

/** The most clauses a refusal of the case may take at the start ("no, no, don't create it"). */
const mostClausesOfRefusal = 3;

/**
 * Whether a message that says more than a command still ends the case, so it is the cancel
 * command (which asks first when something would be lost):
 * - its last sentence is a cancel and nothing more: "oh wait it just started working lol. nvm
 *   cancel", "ya funciona. cancela" ("The printer says cancel" is one sentence: an answer);
 * - it opens with a refusal of the case, perhaps after a no, and goes on to say why: "nah don't
 *   create it, I'll just call the helpdesk", "mejor no lo crees, ya funciona".
 */
export function cancelSaidWithMore(text: string, messages: Messages): boolean {
  return lastSentenceCancels(text, messages) || opensWithRefusal(text, messages);
}

function lastSentenceCancels(text: string, messages: Messages): boolean {
  const sentences = text.split(sentenceEnd).filter((sentence) => sentence.trim() !== '');
  const last = sentences.at(-1);
  return sentences.length > 1 && last !== undefined && spokenCommand(last, messages) === 'cancel';
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
