import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import type { Choice } from './intakeChoices.js';
import type { Question } from './intakeQuestion.js';

/** How a choice is shown on its button, and the typed words that pick it. */
export interface ChoiceWording {
  label: string;
  /** Lower-case, as `normalisedText` leaves a message. */
  words: readonly string[];
}

/**
 * The wording of `choice` as `question` offers it: a "no" at the summary means "edit", and
 * "keep going" at "really cancel?" means no.
 */
export function choiceWording(
  choice: Choice,
  question: Question,
  messages: Messages,
): ChoiceWording {
  const { commands } = messages;
  switch (choice) {
    case 'yes':
      return {
        label: question.kind === 'summary' ? messages.cards.confirm : messages.yesNo.yes,
        words: commands.yes,
      };
    case 'no':
      // "Keep going" is a no only to "really cancel?".
      return {
        label: messages.yesNo.no,
        words: question.kind === 'cancel' ? noOrKeepGoingOf(commands) : commands.no,
      };
    case 'edit':
      return { label: messages.cards.edit, words: editOrNoOf(commands) };
    case 'help':
      return { label: messages.stuckChoices.help, words: commands.help };
    case 'tryAgain':
      return { label: messages.retryChoices.tryAgain, words: commands.tryAgain };
    case 'cancel':
      return { label: cancelLabel(question, messages), words: [] };
    default:
      return { label: messages.fieldLabel[choice], words: messages.fieldWords[choice] };
  }
}

/** At "really cancel?", "keep going" is a no too. */
const noOrKeepGoingOf = perCatalog((commands: Messages['commands']) => [
  ...commands.no,
  ...commands.keepGoing,
]);

/** At the summary, a no means "edit". */
const editOrNoOf = perCatalog((commands: Messages['commands']) => [
  ...commands.edit,
  ...commands.no,
]);

function cancelLabel(question: Question, messages: Messages): string {
  if (question.kind === 'stuck') return messages.stuckChoices.cancel;
  if (question.kind === 'retry') return messages.retryChoices.cancel;
  return messages.cards.cancel;
}
