import type { CompleteCaseDraft } from '../cases/caseDraft.js';
import { dateCues } from '../cases/dateCues.js';
import { findDueDates } from '../cases/dueDate.js';
import { dueDateContextOf } from '../cases/fieldReading.js';
import { caseFieldSpecs } from '../cases/fields/caseFieldSpecs.js';
import { readAnswer } from '../cases/messageUnderstanding.js';
import { timeOnProposedDay } from '../cases/timeOnProposedDay.js';
import type { Messages } from '../messages/messages.js';
import { changeReply } from './changeReply.js';
import { fieldNamedIn, holdsWords } from './fieldNamedIn.js';
import type { Reply } from './intakeReply.js';
import { withoutLeading } from './leadingWords.js';
import { normalisedText } from './normalisedText.js';
import type { ReplyContext } from './replyReading.js';

/** The fields whose values are told apart by their form alone: an "@", a phone number. */
const selfEvidentFields = ['email', 'phone'] as const;

/**
 * What a message at the summary that is none of its choices still says:
 * - a field named with a new value for it ("the phone is wrong, it's 07400 654321", "la fecha
 *   mejor el viernes"): the change;
 * - a field named with what is wrong with it ("the e-mail is wrong", "wait, fix the phone", "el
 *   correo está mal"): that field, to edit;
 * - a new e-mail address or phone number alone ("ann.lee@contoso.com", "my number is 07400
 *   123456"), which can only be that field's: the change;
 * - a date alone, perhaps after "no", "wait", "make it" ("no wait, 4pm", "actually make it
 *   Friday", "mejor el viernes"): the due date changed, a time alone on the day shown.
 * Undefined for anything else.
 */
export function summaryReply(
  text: string,
  draft: CompleteCaseDraft,
  context: ReplyContext,
): Reply | undefined {
  const { messages, parse } = context;
  const field = fieldNamedIn(text, messages);
  if (field && !caseFieldSpecs[field].freeText) {
    const change = changeReply(field, text, parse);
    if (change.kind === 'change') return change;
  }
  if (field && saysValueIsWrong(text, messages)) return { kind: 'choice', choice: field };
  for (const typed of selfEvidentFields) {
    const { answer, extras } = readAnswer(typed, text, parse);
    if (answer.ok && Object.keys(extras).length === 0)
      return { kind: 'change', field: typed, readings: { [typed]: answer.value } };
  }
  return dueDateSaidAlone(withoutLeading(text, messages.corrections.leads), draft, context);
}

/** Whether a text says a value is wrong or to be changed ("wrong", "fix", "está mal"). */
export function saysValueIsWrong(text: string, messages: Messages): boolean {
  const typed = normalisedText(text);
  return messages.corrections.wrongValue.some((words) => holdsWords(typed, words));
}

/**
 * A message that is a date and nothing else ("4pm", "Friday", "el viernes a las 10"): a time
 * alone is on the day the summary shows; "send it today" is not one.
 */
function dueDateSaidAlone(
  said: string,
  draft: CompleteCaseDraft,
  { parse }: ReplyContext,
): Reply | undefined {
  if (said === '') return undefined;
  const { timeZone: zone, culture, now } = parse;
  const onDayShown = timeOnProposedDay(said, draft.dueDate, { zone, culture, now });
  if (onDayShown) return { kind: 'change', field: 'dueDate', readings: { dueDate: onDayShown } };
  const whole = findDueDates(said, dueDateContextOf(parse)).find(
    ({ start, end, reading }) =>
      reading.ok &&
      said.slice(0, start).replace(dateCues.leadInBeforeDate, '').trim() === '' &&
      /^[\s.!?,]*$/u.test(said.slice(end)),
  );
  if (!whole) return undefined;
  const { answer } = readAnswer('dueDate', said, parse);
  return answer.ok
    ? { kind: 'change', field: 'dueDate', readings: { dueDate: answer.value } }
    : undefined;
}
