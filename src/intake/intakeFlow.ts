import { type CaseDraft, type CaseField, caseFields } from '../cases/caseDraft.js';
import type { FieldReadings } from '../cases/messageUnderstanding.js';
import type { OutboxOutcome } from '../submission/caseOutbox.js';
import type { Choice } from './intakeChoices.js';
import type { Notice } from './intakeNotice.js';
import { fieldAskedBy, nextQuestion, type Question } from './intakeQuestion.js';
import type { Command, FieldRefusal, Reply } from './intakeReply.js';
import type { IntakeResult } from './intakeResult.js';
import {
  collecting,
  type IntakeState,
  newIntakeState,
  withCheckSettled,
  withReadings,
} from './intakeState.js';

/** Answers to one field question that give nothing before the intake offers help instead. */
export const maxFieldMisses = 3;

/** What a reply leads to: the new state, what to tell, and whether to ask (again) or end. */
export interface Transition {
  state: IntakeState;
  notices: Notice[];
  /**
   * `question`: ask `nextQuestion(state)`; `retry`: ask it again in its words for an answer it
   * could not use; `nothing`: the notices say it all (a refusal's reason, the form).
   */
  ask: 'question' | 'retry' | 'nothing';
  /** Set when the intake is over. */
  ended?: IntakeResult;
}

/** What the host knows when the intake starts. */
export interface IntakeStart {
  draft?: CaseDraft;
  knownEmail?: string;
  userName?: string;
  /** What the opening message gave. */
  opening: FieldReadings;
  /** What the opening message held that could not be taken, and why ("müller@…"). */
  refused?: FieldRefusal[];
}

/**
 * The first transition: the draft from what the host and the opening message gave, and the
 * reason for what it held but could not take.
 */
export function startIntake({ opening, refused = [], ...known }: IntakeStart): Transition {
  const notices: Notice[] = [{ kind: 'intakeStart' }];
  if (Object.keys(opening).length > 0) notices.push({ kind: 'understood', readings: opening });
  for (const refusal of refused) notices.push({ kind: 'refused', refusal });
  return { state: withReadings(newIntakeState(known), opening), notices, ask: 'question' };
}

/** The intake's transitions: where a reply to the current question leads. */
export function apply(given: IntakeState, reply: Reply): Transition {
  const question = nextQuestion(given);
  // Which zone a due date meant is asked of the next reply only.
  const { zoneAsked: _, ...state } = given;
  switch (reply.kind) {
    case 'command':
      return commanded(state, question, reply.command);
    case 'aboutField':
      return asking(state, [{ kind: 'aboutField', field: reply.field }]);
    case 'form':
      if (!reply.result.ok) {
        const { values, result } = reply;
        return {
          state,
          notices: [{ kind: 'formRefused', values, problems: result.problems }],
          ask: 'nothing',
        };
      }
      return asking({
        ...collecting(state),
        draft: reply.result.draft,
        checks: [],
        editing: undefined,
      });
    case 'change': {
      const reading = reply.readings[reply.field];
      const notices: Notice[] =
        reading && !reading.check
          ? [{ kind: 'changed', field: reply.field, value: reading.value }]
          : [];
      return asking(collecting(withReadings(state, reply.readings)), notices);
    }
    case 'changeRefused':
      return asking(state, [{ kind: 'refused', refusal: reply.refusal }]);
    case 'choice':
      return choose(state, question, reply.choice);
    case 'answer':
      return answered(state, question, reply.readings);
    case 'answerRefused': {
      const { zoneAsked } = reply;
      const refused: Notice[] = [{ kind: 'refused', refusal: reply.refusal }];
      return missed(zoneAsked ? { ...state, zoneAsked } : state, question, refused);
    }
    case 'askedForCase':
      return asking(state, [{ kind: 'alreadyOpening' }]);
    case 'noPhone':
      return asking(state, [{ kind: 'phoneNeeded' }]);
    case 'unclear':
      return question.kind === 'field' ? missed(state, question, []) : again(state);
    case 'submitted':
      return submitted(state, reply.outcome);
  }
}

function asking(state: IntakeState, notices: Notice[] = []): Transition {
  return { state, notices, ask: 'question' };
}

function again(state: IntakeState): Transition {
  return { state, notices: [], ask: 'retry' };
}

function ended(state: IntakeState, result: IntakeResult, notices: Notice[]): Transition {
  return { state, notices, ask: 'nothing', ended: result };
}

function cancelled(state: IntakeState): Transition {
  return ended(state, { status: 'cancelled' }, [{ kind: 'cancelled' }]);
}

/** Where an intake-wide command leads, whatever the question was. */
function commanded(state: IntakeState, question: Question, command: Command): Transition {
  const { draft } = state;
  switch (command) {
    case 'cancel': {
      if (Object.keys(draft).length === 0 && state.checks.length === 0) return cancelled(state);
      const resume = state.step.kind === 'confirmingCancel' ? state.step.resume : state.step;
      return asking({ ...state, step: { kind: 'confirmingCancel', resume } });
    }
    case 'help': {
      const done = caseFields.filter((field) => draft[field] !== undefined).length;
      return asking(state, [{ kind: 'help', done, field: fieldAskedBy(question) }]);
    }
    case 'status':
      return asking(state, [{ kind: 'status', draft }]);
    case 'back': {
      const current = fieldAskedBy(question);
      const previous = caseFields[(current ? caseFields.indexOf(current) : caseFields.length) - 1];
      if (!previous) return asking(state, [{ kind: 'atFirstField' }]);
      return asking({ ...collecting(state), editing: previous, checks: [] });
    }
    case 'startOver': {
      const { knownEmail, userName } = state;
      return asking(newIntakeState({ knownEmail, userName }), [{ kind: 'startingOver' }]);
    }
    case 'useForm':
      return { state, notices: [{ kind: 'formOffered', draft }], ask: 'nothing' };
    // "one sec": nothing is asked again, and the next message answers the same question.
    case 'wait':
      return { state, notices: [{ kind: 'waiting' }], ask: 'nothing' };
  }
}

/** Where a choice leads: what it means depends on the question that offered it. */
function choose(state: IntakeState, question: Question, choice: Choice): Transition {
  switch (question.kind) {
    case 'check': {
      if (choice !== 'yes' && choice !== 'no') return again(state);
      const accepted = choice === 'yes';
      const rejectedDate = !accepted && question.pending.check.kind === 'date_reading';
      return asking(
        collecting(withCheckSettled(state, accepted)),
        rejectedDate ? [{ kind: 'dateReadingRejected' }] : [],
      );
    }
    case 'knownEmail': {
      if (choice !== 'yes' && choice !== 'no') return again(state);
      const draft = choice === 'yes' ? { ...state.draft, email: question.email } : state.draft;
      return asking({ ...collecting(state), draft, knownEmail: undefined });
    }
    case 'cancel':
      if (choice === 'yes') return cancelled(state);
      if (choice !== 'no' || state.step.kind !== 'confirmingCancel') return again(state);
      return asking({ ...state, step: state.step.resume }, [{ kind: 'carryOn' }]);
    case 'summary':
      if (choice === 'yes') return asking({ ...state, step: { kind: 'submitting' } });
      if (choice === 'edit') return asking({ ...state, step: { kind: 'choosingField' } });
      // A field named as wrong ("the e-mail is wrong"): edited at once.
      if (isCaseField(choice)) return asking({ ...collecting(state), editing: choice });
      return choice === 'cancel' ? commanded(state, question, 'cancel') : again(state);
    case 'stuck':
      if (choice === 'help')
        return asking(collecting(state), [{ kind: 'fieldHelp', field: question.field }]);
      if (choice === 'tryAgain') return asking(collecting(state));
      return choice === 'cancel' ? cancelled(state) : again(state);
    case 'whichField':
      return isCaseField(choice) ? asking({ ...collecting(state), editing: choice }) : again(state);
    case 'retry':
      if (choice === 'tryAgain') return asking({ ...state, step: { kind: 'submitting' } });
      return choice === 'cancel' ? cancelled(state) : again(state);
    case 'field':
      // An earlier field named as wrong ("oops, wrong number"): edited, then on with this one.
      if (isCaseField(choice)) return asking({ ...collecting(state), editing: choice });
      // A suggested value, taken or set aside (asked again without it).
      if (choice === 'yes' && question.suggestion)
        return answered(state, question, { [question.field]: { value: question.suggestion } });
      if (choice === 'no' && question.suggestion)
        return asking({ ...collecting(state), nameSuggestion: undefined });
      return again(state);
    case 'submit':
      return again(state);
  }
}

/**
 * A value for the field a question is about, and any other the message gave: the field asked
 * for, or the one a yes-or-no question proposed ("no, use bob@contoso.com").
 */
function answered(state: IntakeState, question: Question, readings: FieldReadings): Transition {
  const asked = fieldConcernedBy(question);
  if (!asked) return again(state);
  const { [asked]: _answer, ...extras } = readings;
  const notices: Notice[] =
    Object.keys(extras).length > 0 ? [{ kind: 'noted', readings: extras }] : [];
  const knownEmail = question.kind === 'knownEmail' ? undefined : state.knownEmail;
  return asking(collecting({ ...withReadings(state, readings), knownEmail }), notices);
}

function fieldConcernedBy(question: Question): CaseField | undefined {
  if (question.kind === 'knownEmail') return 'email';
  if (question.kind === 'check') return question.pending.field;
  if (question.kind === 'stuck') return question.field;
  return fieldAskedBy(question);
}

/**
 * A field answer that gave nothing: the reason (or the question again), and on the third miss
 * the offer of an example, another try or cancelling.
 */
function missed(state: IntakeState, question: Question, notices: Notice[]): Transition {
  const field = fieldAskedBy(question);
  if (!field) return again(state);
  const misses = state.misses + 1;
  if (misses >= maxFieldMisses)
    return asking({ ...state, misses: 0, step: { kind: 'stuck', field } });
  return { state: { ...state, misses }, notices, ask: notices.length > 0 ? 'nothing' : 'question' };
}

function submitted(state: IntakeState, outcome: OutboxOutcome): Transition {
  const notices: Notice[] = [{ kind: 'submission', outcome, draftName: state.draft.name ?? '' }];
  if (outcome.ok) return ended(state, { status: 'created', receipt: outcome.receipt }, notices);
  switch (outcome.kind) {
    case 'queued':
      return ended(state, { status: 'queued' }, notices);
    case 'unconfirmed':
      return ended(state, { status: 'unconfirmed' }, notices);
    case 'failed':
      return asking({ ...state, step: { kind: 'failed' } }, notices);
  }
}

function isCaseField(choice: Choice): choice is CaseField {
  return (caseFields as readonly string[]).includes(choice);
}
