import { escapeMarkdown } from './escapeMarkdown.js';

/**
 * A value the user typed, escaped, ending the sentence it is quoted in: with its own final stop
 * when it has one ("It jams on every job."), with the sentence's otherwise — never two.
 */
export function quotedValueEndingSentence(value: string): string {
  const escaped = escapeMarkdown(value);
  return /[.!?…]$/u.test(value.trimEnd()) ? escaped : `${escaped}.`;
}
