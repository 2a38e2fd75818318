import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { asidesAndPleaseOf } from './courtesy.js';
import { foldedWords } from './foldedWords.js';
import type { Command } from './intakeReply.js';
import { foldedWordsSayOnly, longestSaidOnly } from './saysOnly.js';

/** The commands said in words, in the order they are tried. */
const spokenCommands = [
  'cancel',
  'help',
  'back',
  'startOver',
  'status',
  'useForm',
  'wait',
] as const;

/**
 * The command a message says and nothing more: one of the catalog's phrases for it, with asides
 * and courtesy around ("wait, go back one", "can we start over?", "ok, what have you got so
 * far?", "cancelar porfa", "please don't create it"), accents, apostrophes, punctuation and emoji
 * aside, shorthand spelled out ("q llevas"). A message that says more (a description that holds
 * "help" or "so far") says no command.
 */
export function spokenCommand(text: string, messages: Messages): Command | undefined {
  if (text.length > longestSaidOnly) return undefined;
  const { commands } = messages;
  const asides = asidesAndPleaseOf(commands);
  const phrases = phrasesOf(commands);
  const words = foldedWords(text, commands.shorthand);
  return spokenCommands.find((command) => foldedWordsSayOnly(words, phrases[command], asides));
}

/** Each spoken command's phrases in a catalog; a refusal of the case is a cancel. */
const phrasesOf = perCatalog(
  (commands: Messages['commands']): Record<(typeof spokenCommands)[number], readonly string[]> => ({
    cancel: [...commands.cancel, ...commands.refuseCase],
    help: commands.help,
    back: commands.back,
    startOver: commands.startOver,
    status: commands.status,
    useForm: commands.useForm,
    wait: commands.wait,
  }),
);
