import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import type { CaseField } from '../cases/caseDraft.js';
import { type CaseFormValues, readCaseForm } from '../cases/caseForm.js';
import type { FieldParseContext } from '../cases/fieldReading.js';
import type { FieldProblems } from '../cases/fields/caseFieldSpecs.js';
import { caseFieldSpecs } from '../cases/fields/caseFieldSpecs.js';
import { isIntakeRequestOnly } from '../cases/intakeRequest.js';
import { readAnswer } from '../cases/messageUnderstanding.js';
import { saysNoPhone } from '../cases/noPhone.js';
import { timeOnProposedDay } from '../cases/timeOnProposedDay.js';
import type { Messages } from '../messages/messages.js';
import { pressedCardAction } from './cardActions.js';
import { choiceWording } from './choiceWords.js';
import { fieldNamedIn } from './fieldNamedIn.js';
import { choicesOf } from './intakeChoices.js';
import type { Question } from './intakeQuestion.js';
import type { FieldRefusal, Reply } from './intakeReply.js';
import { normalisedText } from './normalisedText.js';
import { saysOnly } from './saysOnly.js';
import { saysValueIsWrong, summaryReply } from './summaryReply.js';
import { typedCommand } from './typedCommand.js';

/** A message as the intake reads it: what was typed, and what a card submitted. */
export interface IncomingMessage {
  text?: unknown;
  value?: unknown;
}

/** What reading a reply needs: the user's catalog and what the field parsers need. */
export interface ReplyContext {
  messages: Messages;
  parse: FieldParseContext;
}

/**
 * Reads a message once, against the question it answers. A card submit is its action; typed
 * text is a command (except at "really cancel?"), else one of the question's choices, else a
 * yes or no in free words where the question is one, else the field asked for, which also takes
 * any other field the message gives. Only what the question can use is run: a choice never
 * reaches the field parsers.
 */
export function readReply(
  question: Question,
  message: IncomingMessage,
  context: ReplyContext,
): Reply {
  const commandsHeard = question.kind !== 'cancel';
  const choices = choicesOf(question);
  const pressed = pressedCardAction(message.value);
  if (pressed !== undefined) {
    if (pressed === 'form' && commandsHeard) return formReply(message.value, context);
    if (pressed === 'useForm' && commandsHeard) return { kind: 'command', command: 'useForm' };
    const offered = choices.find((choice) => choice === pressed);
    if (offered !== undefined) return { kind: 'choice', choice: offered };
    if (pressed === 'cancel' && commandsHeard) return { kind: 'command', command: 'cancel' };
  }
  const { text } = message;
  // A card button pressed with no text is not an answer (some channels send text: '').
  if (typeof text !== 'string' || (message.value !== undefined && text.trim() === ''))
    return { kind: 'unclear' };
  const { messages, parse } = context;
  const command = commandsHeard ? typedCommand(text, messages) : undefined;
  if (command?.kind === 'command') return command;
  if (command?.kind === 'change') {
    const change = changeReply(command.field, command.value, parse);
    // "the e-mail is wrong" at the summary: no new value, but the field to edit.
    if (
      change.kind !== 'change' &&
      question.kind === 'summary' &&
      saysValueIsWrong(command.value, messages)
    )
      return { kind: 'choice', choice: command.field };
    // "the time should be synced…" at the description: no date, so the answer it is.
    if (change.kind === 'change' || !command.onlyWhenValueReads) return change;
  }
  const typed = normalisedText(text);
  const courtesy = courtesyOf(messages.commands);
  const picked = choices.find((choice) => {
    const { label, words } = choiceWording(choice, question, messages);
    return normalisedText(label) === typed || saysOnly(text, words, courtesy);
  });
  if (picked !== undefined) return { kind: 'choice', choice: picked };
  if (question.kind === 'whichField') {
    const named = fieldNamedIn(text, messages);
    return named ? { kind: 'choice', choice: named } : { kind: 'unclear' };
  }
  if (question.kind === 'field') return answerReply(question.field, text, parse);
  if (question.kind === 'summary') return summaryReply(text, context) ?? { kind: 'unclear' };
  if (!choices.includes('yes') || !choices.includes('no')) return { kind: 'unclear' };
  // A free yes; otherwise a new value for what was asked about ("no, use bob@contoso.com",
  // "no, Friday at 10"), else a free no.
  const verdict = recognizeBoolean(text, parse.culture)[0]?.resolution?.value;
  if (verdict === true) return { kind: 'choice', choice: 'yes' };
  const corrected = correctionOf(question, text, context);
  if (corrected) return corrected;
  return verdict === false ? { kind: 'choice', choice: 'no' } : { kind: 'unclear' };
}

/**
 * A yes-or-no question about a field answered with a new value for it: the new reading. The
 * value already proposed, said again, is a yes to a date and a no to an e-mail fix (keep it as
 * typed).
 */
function correctionOf(
  question: Question,
  text: string,
  { messages, parse }: ReplyContext,
): Reply | undefined {
  const field =
    question.kind === 'knownEmail'
      ? 'email'
      : question.kind === 'check'
        ? question.pending.field
        : undefined;
  if (!field) return undefined;
  if (question.kind === 'check' && question.pending.check.kind === 'date_reading') {
    // "no, 10am": the time, on the day proposed.
    const { value, check } = question.pending;
    const time = timeOnProposedDay(withoutLeadingNo(text, messages), value, {
      zone: check.zone ?? parse.timeZone,
      culture: parse.culture,
      now: parse.now,
    });
    if (time) return { kind: 'answer', readings: { dueDate: time } };
  }
  const { answer, extras } = readAnswer(field, text, parse);
  if (!answer.ok) return undefined;
  if (question.kind === 'check' && answer.value.value === question.pending.value) {
    const kept = question.pending.check.kind === 'date_reading' ? 'yes' : 'no';
    return { kind: 'choice', choice: kept };
  }
  return { kind: 'answer', readings: { ...extras, [field]: answer.value } };
}

/**
 * The form asked for or submitted by the message that starts an intake (a card from an earlier
 * case, "use a form"), which is carried out rather than read as the opening.
 */
export function readFormRequest(
  message: IncomingMessage,
  context: ReplyContext,
): Reply | undefined {
  const pressed = pressedCardAction(message.value);
  if (pressed === 'form') return formReply(message.value, context);
  const typed =
    typeof message.text === 'string' ? typedCommand(message.text, context.messages) : undefined;
  const asked = pressed === 'useForm' || (typed?.kind === 'command' && typed.command === 'useForm');
  return asked ? { kind: 'command', command: 'useForm' } : undefined;
}

function formReply(value: unknown, context: ReplyContext): Reply {
  const values: CaseFormValues = typeof value === 'object' && value !== null ? { ...value } : {};
  return { kind: 'form', values, result: readCaseForm(values, context.parse) };
}

function answerReply(field: CaseField, text: string, parse: FieldParseContext): Reply {
  if (field === 'phone' && saysNoPhone(text, parse.culture)) return { kind: 'noPhone' };
  const asksForCase = text.trim() !== '' && isIntakeRequestOnly(text, parse.culture);
  if (caseFieldSpecs[field].freeText && asksForCase) return { kind: 'askedForCase' };
  const { answer, extras } = readAnswer(field, text, parse);
  if (answer.ok) return { kind: 'answer', readings: { ...extras, [field]: answer.value } };
  if (Object.keys(extras).length > 0) return { kind: 'answer', readings: extras };
  return { kind: 'answerRefused', refusal: refusalOf(field, answer.problem) };
}

function changeReply(field: CaseField, value: string, parse: FieldParseContext): Reply {
  const { answer, extras } = readAnswer(field, value, parse);
  if (!answer.ok) return { kind: 'changeRefused', refusal: refusalOf(field, answer.problem) };
  return { kind: 'change', field, readings: { ...extras, [field]: answer.value } };
}

/** TypeScript cannot see that a field and its own problem make one member of the union. */
function refusalOf<F extends CaseField>(field: F, problem: FieldProblems[F]): FieldRefusal {
  return { field, problem } as FieldRefusal;
}

/** The message without a leading no ("no, 10am" → "10am"). */
function withoutLeadingNo(text: string, messages: Messages): string {
  const typed = text.trim();
  const lower = typed.toLowerCase();
  const word = messages.commands.no.find(
    (no) => lower.startsWith(no) && !/[\p{L}\p{N}]/u.test(lower.charAt(no.length)),
  );
  return word ? typed.slice(word.length).replace(/^[,;:\s]+/u, '') : typed;
}

const courtesies = new WeakMap<Messages['commands'], readonly string[]>();

/** "Please" and "thanks" in a catalog's words, as one list made once per catalog. */
function courtesyOf(commands: Messages['commands']): readonly string[] {
  let courtesy = courtesies.get(commands);
  if (!courtesy) {
    courtesy = [...commands.please, ...commands.thanks];
    courtesies.set(commands, courtesy);
  }
  return courtesy;
}
