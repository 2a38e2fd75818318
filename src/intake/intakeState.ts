import { randomUUID } from 'node:crypto';
import type { CaseDraft, CaseField } from '../cases/caseDraft.js';
import type { FieldCheck } from '../cases/fieldReading.js';
import { type FieldReadings, suggestCaseName } from '../cases/messageUnderstanding.js';

/** A reading that waits for the user's yes or no before it goes into the draft. */
export interface PendingCheck {
  field: CaseField;
  value: string;
  check: FieldCheck;
}

/** Where the intake is beyond filling fields; what it asks follows from this and the draft. */
export type IntakeStep =
  /** Confirming readings, proposing a known e-mail, asking for fields, then the summary. */
  | { kind: 'collecting' }
  /** Three misses on one field: offering an example, another try or cancelling. */
  | { kind: 'stuck'; field: CaseField }
  /** "Edit" at the summary: asking which field. */
  | { kind: 'choosingField' }
  /** Confirmed: the case is to be created now. */
  | { kind: 'submitting' }
  /** Creating the case failed: offering another try or cancelling. */
  | { kind: 'failed' }
  /** "Cancel" with something to lose: asking first, then back to where it was. */
  | { kind: 'confirmingCancel'; resume: ResumableStep };

/** A step the intake can go back to after "cancel", "no". */
export type ResumableStep = Exclude<IntakeStep, { kind: 'confirmingCancel' }>;

/** Everything the intake carries from turn to turn for one case. */
export interface IntakeState {
  /** Identifies this draft's submission, so it creates at most one case. */
  draftId: string;
  draft: CaseDraft;
  /** Readings to confirm first (a date reading, an e-mail that looks mistyped). */
  checks: PendingCheck[];
  /** A filled field the user asked to change (edit, back). */
  editing?: CaseField;
  /** An e-mail the channel knows for the user, proposed before asking blind. */
  knownEmail?: string;
  /** A case name drawn from the description, offered as a button. */
  nameSuggestion?: string;
  /** The user's display name from the host's directory, preferred to the channel's. */
  userName?: string;
  step: IntakeStep;
  /** Answers to the current field question that gave nothing; the third leads to `stuck`. */
  misses: number;
  /**
   * A due date just given with a zone's name that stands for several zones ("mon 6pm IST"), kept
   * for the next answer only: one that picks a zone ("India") is that date in it.
   */
  zoneAsked?: string;
}

/** A fresh state, optionally with fields the host or the opening message already gave. */
export function newIntakeState(
  known: { draft?: CaseDraft; knownEmail?: string; userName?: string } = {},
): IntakeState {
  return withSuggestion({
    draftId: randomUUID(),
    draft: { ...known.draft },
    checks: [],
    knownEmail: known.knownEmail,
    userName: known.userName,
    step: { kind: 'collecting' },
    misses: 0,
  });
}

/** The state back at collecting, with a new question and no misses counted yet. */
export function collecting(state: IntakeState): IntakeState {
  return { ...state, step: { kind: 'collecting' }, misses: 0 };
}

/**
 * Takes readings into the state: plain values go into the draft, readings to confirm become
 * checks (replacing an older check of the same field). Answering the field being edited ends
 * the edit.
 */
export function withReadings(state: IntakeState, readings: FieldReadings): IntakeState {
  const draft = { ...state.draft };
  let checks = [...state.checks];
  let editing = state.editing;
  for (const [field, reading] of Object.entries(readings) as [
    CaseField,
    { value: string; check?: FieldCheck },
  ][]) {
    checks = checks.filter((pending) => pending.field !== field);
    if (reading.check) checks.push({ field, value: reading.value, check: reading.check });
    else draft[field] = reading.value;
    if (field === editing) editing = undefined;
  }
  return withSuggestion({ ...state, draft, checks, editing });
}

/** The state with the first check settled: `accepted` takes the reading (or its suggested fix). */
export function withCheckSettled(state: IntakeState, accepted: boolean): IntakeState {
  const [settled, ...rest] = state.checks;
  if (!settled) return state;
  const draft = { ...state.draft };
  if (settled.check.kind === 'email_typo') {
    draft.email = accepted ? settled.check.suggestion : settled.value;
  } else if (accepted) {
    draft[settled.field] = settled.value;
  }
  return { ...state, draft, checks: rest };
}

function withSuggestion(state: IntakeState): IntakeState {
  const { name, description } = state.draft;
  if (name !== undefined || description === undefined || state.nameSuggestion) return state;
  return { ...state, nameSuggestion: suggestCaseName(description) };
}
