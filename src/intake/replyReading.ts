import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { type CaseField, caseFields } from '../cases/caseDraft.js';
import { type CaseFormValues, readCaseForm } from '../cases/caseForm.js';
import {
  dueDateContextOf,
  dueDateFieldReading,
  type FieldParseContext,
} from '../cases/fieldReading.js';
import { caseFieldSpecs } from '../cases/fields/caseFieldSpecs.js';
import { isIntakeRequestOnly } from '../cases/intakeRequest.js';
import { readAnswer } from '../cases/messageUnderstanding.js';
import { saysNoPhone } from '../cases/noPhone.js';
import { timeOnProposedDay } from '../cases/timeOnProposedDay.js';
import { dueDateInZoneChosen } from '../cases/zoneChoice.js';
import type { Messages } from '../messages/messages.js';
import { perCatalog } from '../messages/perCatalog.js';
import { phraseAlternatives } from '../messages/phraseAlternatives.js';
import { pressedCardAction } from './cardActions.js';
import { changeReply, refusalOf } from './changeReply.js';
import { choiceWording } from './choiceWords.js';
import { courtesyOf } from './courtesy.js';
import { fieldNamedIn } from './fieldNamedIn.js';
import { choicesOf } from './intakeChoices.js';
import { fieldAskedBy, type Question } from './intakeQuestion.js';
import type { Reply } from './intakeReply.js';
import { withoutLeading } from './leadingWords.js';
import { normalisedText } from './normalisedText.js';
import { problemToldInFull } from './problemToldInFull.js';
import { saysOnly } from './saysOnly.js';
import { withSuggestionDecided } from './suggestionDecided.js';
import { saysValueIsWrong, summaryReply } from './summaryReply.js';
import { type TypedCommand, typedCommand } from './typedCommand.js';
import { unquoted } from './unquoted.js';

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
  const heard = commandsHeard ? typedCommand(text, messages) : undefined;
  const askedFreeText = question.kind === 'field' && caseFieldSpecs[question.field].freeText;
  // "the name should be …" is the description at its question, and the name at the name's.
  const answerWords = heard?.kind === 'change' && heard.notWhereFreeTextIsAsked && askedFreeText;
  if (answerWords && question.field === heard.field)
    return answerReply(question.field, heard.value, parse);
  const command = answerWords ? undefined : heard;
  if (command?.kind === 'command') return command;
  // "why do you need my phone?", "what do u mean by due date": about that field, else the one asked.
  if (command?.kind === 'question') {
    const field = command.field ?? fieldAskedBy(question);
    return field ? { kind: 'aboutField', field } : { kind: 'command', command: 'help' };
  }
  if (command?.kind === 'change') {
    const change = changesReply(command.field, command.value, messages, parse);
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
    return (
      normalisedText(label) === typed ||
      saysOnly(text, words, courtesy, messages.commands.shorthand)
    );
  });
  if (picked !== undefined) return { kind: 'choice', choice: picked };
  if (question.kind === 'field' && question.suggestion) {
    // "no, better "Printer jam"": the name given instead of the one proposed.
    const instead = valueInsteadOf(text, messages);
    if (instead) return answerReply(question.field, instead, parse);
  }
  if (question.kind === 'whichField') {
    const named = fieldNamedIn(text, messages);
    if (named) return { kind: 'choice', choice: named };
    // The new value instead of the field's name ("el viernes 4 a las 18h", "ann@…").
    return summaryReply(text, question.draft, context) ?? { kind: 'unclear' };
  }
  if (question.kind === 'field') {
    const earlier = earlierFieldNamedAsWrong(question.field, text, context);
    if (earlier) return earlier;
    const zoneTold = question.zoneAsked && zoneChosenReply(question.zoneAsked, text, parse);
    if (zoneTold) return zoneTold;
    // "ok", "listo, perdón" (back after "one sec"): no answer yet, and no value to refuse.
    if (
      !question.suggestion &&
      saysOnly(text, messages.commands.yes, aroundAYesOf(messages.commands))
    )
      return { kind: 'unclear' };
    const answered = answerReply(question.field, text, parse);
    // "sure, and my number is …" to a suggested name: the suggestion, and the number.
    if (question.suggestion)
      return withSuggestionDecided(answered, question.field, question.suggestion, messages);
    // The whole problem told at the name question is the description; the name is asked next.
    return question.field === 'name' ? problemToldInFull(answered, parse) : answered;
  }
  if (question.kind === 'summary')
    return summaryReply(text, question.draft, context) ?? { kind: 'unclear' };
  // At "stuck", a value typed for the field is its answer (a valid address, at last).
  if (question.kind === 'stuck') {
    const answered = answerReply(question.field, text, parse);
    return answered.kind === 'answer' ? answered : { kind: 'unclear' };
  }
  if (!choices.includes('yes') || !choices.includes('no')) return { kind: 'unclear' };
  // A new time for the day proposed, even after a yes ("yes but 3pm"), which would drop it.
  const retimed = proposedDayRetimed(question, text, context);
  if (retimed) return retimed;
  // A free yes; otherwise a new value for what was asked about ("no, use bob@contoso.com",
  // "no, Friday at 10"), else a free no.
  const verdict = recognizeBoolean(text, parse.culture)[0]?.resolution?.value;
  if (verdict === true) return { kind: 'choice', choice: 'yes' };
  const corrected = correctionOf(question, text, context);
  if (corrected) return corrected;
  return verdict === false ? { kind: 'choice', choice: 'no' } : { kind: 'unclear' };
}

/**
 * The value after a no and a stop ("no, better "Printer jam"", "no: Printer jam"), without the
 * words that lead it or its quotes; undefined without such a no ("No printer output" is a
 * value).
 */
function valueInsteadOf(text: string, messages: Messages): string | undefined {
  const no = /^\s*(?<word>\p{L}+)(?<stop>\s*[,;:.!–—-]+)?/u.exec(text);
  if (!no?.groups?.word || !messages.commands.no.includes(no.groups.word.toLowerCase()))
    return undefined;
  const after = text.slice(no[0].length);
  const value = unquoted(withoutLeading(after, messages.corrections.leads));
  // Without a stop after the no, only words that lead into a value make one ("nah call it X"):
  // "No printer output" is a name.
  const ledInto = value !== unquoted(after.trim());
  return value === '' || (!no.groups.stop && !ledInto) ? undefined : value;
}

/**
 * A date reading answered with a new time for the day it proposed, or a day after it, whatever
 * yes or no and courtesy come with it: "no, 10am", "yes but 3pm", "yes at 3pm", "earlier pls,
 * 9am", "sí pero a las 4", "mejor a las 4", "no, the Friday after" (`timeOnProposedDay`).
 */
function proposedDayRetimed(
  question: Question,
  text: string,
  { messages, parse }: ReplyContext,
): Reply | undefined {
  if (question.kind !== 'check' || question.pending.check.kind !== 'date_reading') return undefined;
  const { value, check } = question.pending;
  const time = timeOnProposedDay(withoutVerdictOrCourtesy(text, messages), value, {
    zone: check.zone ?? parse.timeZone,
    culture: parse.culture,
    now: parse.now,
  });
  return time && { kind: 'answer', readings: { dueDate: time } };
}

/**
 * A yes-or-no question about a field answered with a new value for it: the new reading. The
 * value already proposed, said again, is a yes to a date and a no to an e-mail fix (keep it as
 * typed).
 */
function correctionOf(
  question: Question,
  text: string,
  { parse }: ReplyContext,
): Reply | undefined {
  const field =
    question.kind === 'knownEmail'
      ? 'email'
      : question.kind === 'check'
        ? question.pending.field
        : undefined;
  if (!field) return undefined;
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

/**
 * The due date given with a zone's name that stands for several ("mon 6pm IST"), read in the
 * zone the answer to "which one?" picks ("indian standard time", "Ireland", "the first one");
 * undefined when it picks none, so that the answer is read as an answer of its own.
 */
function zoneChosenReply(
  said: string,
  answer: string,
  parse: FieldParseContext,
): Reply | undefined {
  const reading = dueDateInZoneChosen(said, answer, dueDateContextOf(parse));
  return reading?.ok
    ? { kind: 'answer', readings: { dueDate: dueDateFieldReading(reading.value) } }
    : undefined;
}

function answerReply(field: CaseField, text: string, parse: FieldParseContext): Reply {
  if (field === 'phone' && saysNoPhone(text, parse.culture)) return { kind: 'noPhone' };
  const asksForCase = text.trim() !== '' && isIntakeRequestOnly(text, parse.culture);
  if (caseFieldSpecs[field].freeText && asksForCase) return { kind: 'askedForCase' };
  const { answer, extras } = readAnswer(field, text, parse);
  if (answer.ok) return { kind: 'answer', readings: { ...extras, [field]: answer.value } };
  if (Object.keys(extras).length > 0) return { kind: 'answer', readings: extras };
  const refusal = refusalOf(field, answer.problem);
  // "mon 6pm IST": which zone is asked, and the answer read against the date given.
  return field === 'dueDate' && answer.problem === 'ambiguous_zone'
    ? { kind: 'answerRefused', refusal, zoneAsked: text }
    : { kind: 'answerRefused', refusal };
}

/** What may come with a yes that answers nothing: courtesy and asides ("listo, perdón"). */
const aroundAYesOf = perCatalog((commands: Messages['commands']): readonly string[] => [
  ...courtesyOf(commands),
  ...commands.asides,
]);

/** Between two changes in one message: "and", "also", "y", "además", a comma or semicolon. */
const changeJoint =
  /\s*[,;]\s*(?:(?:and|also|plus|then|y|además|ademas|también|tambien)\s+)?|\s+(?:and|also|plus|then|y|además|ademas|también|tambien)\s+/giu;

/** The joints of a change's value tried as the start of another: a long value costs no more. */
const mostJointsTried = 6;

/** A typed command if it is a change. */
function changeIn(command: TypedCommand | undefined) {
  return command?.kind === 'change' ? command : undefined;
}

/**
 * "change the phone to +44 20 7946 0999 and push the date to thursday", "change the e-mail to …,
 * and the phone to …": each change of a message (as many as there are fields), all taken, or
 * the first one refused. A change's value ends where a joint is followed by another change.
 */
function changesReply(
  field: CaseField,
  value: string,
  messages: Messages,
  parse: FieldParseContext,
  othersLeft = caseFields.length - 1,
): Reply {
  if (othersLeft === 0) return changeReply(field, value, parse);
  for (const joint of [...value.matchAll(changeJoint)].slice(0, mostJointsTried)) {
    const after = value.slice(joint.index + joint[0].length);
    const next =
      changeIn(typedCommand(after, messages)) ??
      changeIn(typedCommand(`${messages.changeVerb} ${after}`, messages));
    if (!next || next.field === field) continue;
    const first = changeReply(field, value.slice(0, joint.index), parse);
    const rest = changesReply(next.field, next.value, messages, parse, othersLeft - 1);
    if (first.kind !== 'change') return first;
    if (rest.kind !== 'change') return rest;
    return { ...first, readings: { ...rest.readings, ...first.readings } };
  }
  return changeReply(field, value, parse);
}

/**
 * "oops, wrong number" at the date question: the earlier field to edit before going on, or, with
 * its new value ("oops wrong email, its tom.brady@contoso.com"), that value. Only at the
 * questions whose answers are not free text, where a description may well say "wrong number".
 */
function earlierFieldNamedAsWrong(
  asked: CaseField,
  text: string,
  { messages, parse }: ReplyContext,
): Reply | undefined {
  if (caseFieldSpecs[asked].freeText) return undefined;
  const named = fieldNamedIn(text, messages);
  if (!named || named === asked || !saysValueIsWrong(text, messages)) return undefined;
  const given = caseFieldSpecs[named].freeText ? undefined : changeReply(named, text, parse);
  return given?.kind === 'change' ? given : { kind: 'choice', choice: named };
}

/**
 * The message without a leading yes or no (the longest the catalog knows) and without its
 * "please" words ("no, 10am" → "10am", "yes but 3pm" → "but 3pm", "earlier pls, 9am" →
 * "earlier , 9am").
 */
function withoutVerdictOrCourtesy(text: string, messages: Messages): string {
  const { yes, no, please } = messages.commands;
  const typed = text.trim();
  const lower = typed.toLowerCase();
  const verdict = [...yes, ...no]
    .filter((word) => lower.startsWith(word) && !/[\p{L}\p{N}]/u.test(lower.charAt(word.length)))
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  const courtesy = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${phraseAlternatives(please)}(?![\p{L}\p{N}])`,
    'giu',
  );
  return typed
    .slice(verdict.length)
    .replace(/^[,;:.!\s]+/u, '')
    .replace(courtesy, ' ');
}
