import { foldedSentence } from '../intake/foldedWords.js';
import type { Messages } from '../messages/messages.js';

/** The longest message read as a question about the case: a longer one says more. */
const longestFollowUp = 100;

/** "when will someone call me?", "y ya quedó creado?": a question about a case already opened. */
export function asksAboutTheCase(text: string, messages: Messages): boolean {
  return (
    text.length <= longestFollowUp &&
    messages.followUpQuestion.test(foldedSentence(text, messages.commands.shorthand))
  );
}
