import { maxDescriptionLength } from '../cases/caseText.js';
import type { Messages } from '../messages/messages.js';
import type { SeenMessage } from './conversationHistory.js';

/**
 * A case description made from the recent conversation: an intro line, then one line per
 * message, oldest first, with author and time. The oldest lines give way when it would be too long.
 */
export function escalationDescription(
  seen: SeenMessage[],
  messages: Messages,
  timeZone: string,
): string {
  const lines = seen.map(
    (message) =>
      `[${messages.formatShortDateTime(message.timestamp, timeZone)}] ${message.author}: ${message.text}`,
  );
  for (let first = 0; first < lines.length; first++) {
    const kept = lines.slice(first);
    const description = [messages.escalationIntro(kept.length), ...kept].join('\n');
    if (description.length <= maxDescriptionLength) return description;
  }
  return `${messages.escalationIntro(1)}\n${lines.at(-1) ?? ''}`.slice(0, maxDescriptionLength);
}
