import { randomUUID } from 'node:crypto';
import type { CaseDraft, CaseField } from '../cases/caseDraft.js';
import type { FieldCheck } from '../cases/caseFieldParser.js';
import { type FieldReadings, suggestCaseName } from '../cases/messageUnderstanding.js';

/** A reading that waits for the user's yes or no before it goes into the draft. */
export interface PendingCheck {
  field: CaseField;
  value: string;
  check: FieldCheck;
}

/** Everything the intake carries from turn to turn for one case. */
export interface DraftState {
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
}

/** A fresh state, optionally with fields the host or the opening message already gave. */
export function newDraftState(
  known: { draft?: CaseDraft; knownEmail?: string; userName?: string } = {},
): DraftState {
  return withSuggestion({
    draftId: randomUUID(),
    draft: { ...known.draft },
    checks: [],
    knownEmail: known.knownEmail,
    userName: known.userName,
  });
}

/**
 * Takes readings into the state: plain values go into the draft, readings to confirm become
 * checks (replacing an older check of the same field). Answering the field being edited ends
 * the edit.
 */
export function withReadings(state: DraftState, readings: FieldReadings): DraftState {
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

/** The state with a check settled: `accepted` takes the reading (or its suggested fix). */
export function withCheckSettled(state: DraftState, accepted: boolean): DraftState {
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

function withSuggestion(state: DraftState): DraftState {
  const { name, description } = state.draft;
  if (name !== undefined || description === undefined || state.nameSuggestion) return state;
  return { ...state, nameSuggestion: suggestCaseName(description) };
}
