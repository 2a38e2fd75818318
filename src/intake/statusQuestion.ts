import type { Messages } from '../messages/messages.js';
import { saysOnly } from './saysOnly.js';

/**
 * Whether a message only asks what the intake has so far: a status phrase of the catalog, with
 * or without accents and punctuation ("que llevas", "What have you got so far?"), asides and
 * courtesy around it ("ok, what do you have so far, please"). A message that says more (a
 * description that happens to hold "so far") is no status question.
 */
export function asksForStatus(text: string, messages: Messages): boolean {
  const { phrases, asides } = statusWordsOf(messages.commands);
  return saysOnly(withoutAccents(text), phrases, asides);
}

type CommandWords = Messages['commands'];
const statusWords = new WeakMap<CommandWords, { phrases: string[]; asides: string[] }>();

/** A catalog's status phrases and asides without accents, made once per catalog. */
function statusWordsOf(commands: CommandWords) {
  let words = statusWords.get(commands);
  if (!words) {
    words = {
      phrases: commands.status.map(withoutAccents),
      asides: [...commands.statusAsides, ...commands.please].map(withoutAccents),
    };
    statusWords.set(commands, words);
  }
  return words;
}

/** "Qué llevas" as "que llevas", and a typographic apostrophe as a plain one ("what’ve"). */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}
