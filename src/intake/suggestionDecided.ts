import type { CaseField } from '../cases/caseDraft.js';
import type { Messages } from '../messages/messages.js';
import { courtesyOf } from './courtesy.js';
import type { Reply } from './intakeReply.js';
import { saysOnly } from './saysOnly.js';

/**
 * An answer to a question that suggested a value, whose own value for the field is only a yes
 * or a no beside what else it gave ("sure, and my number is 07400 123456"): the suggestion taken
 * (yes) or set aside (no), the rest kept. The yes is never the value. Any other reply as it is.
 */
export function withSuggestionDecided(
  reply: Reply,
  field: CaseField,
  suggestion: string,
  messages: Messages,
): Reply {
  if (reply.kind !== 'answer') return reply;
  const { [field]: given, ...others } = reply.readings;
  if (!given) return reply;
  const { yes, no, shorthand } = messages.commands;
  const courtesy = courtesyOf(messages.commands);
  if (saysOnly(given.value, yes, courtesy, shorthand))
    return { kind: 'answer', readings: { ...others, [field]: { value: suggestion } } };
  if (saysOnly(given.value, no, courtesy, shorthand))
    return Object.keys(others).length > 0 ? { kind: 'answer', readings: others } : reply;
  return reply;
}
