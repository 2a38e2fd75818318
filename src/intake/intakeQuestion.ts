import {
  type CaseField,
  type CompleteCaseDraft,
  isCompleteDraft,
  nextMissingField,
} from '../cases/caseDraft.js';
import type { IntakeState, PendingCheck } from './intakeState.js';

/** What the intake asks next; the adapter shows it and reads the reply against it. */
export type Question =
  /** Is this reading right? (a date it had to guess, an e-mail that looks mistyped) */
  | { kind: 'check'; pending: PendingCheck }
  /** Use the e-mail the channel knows? */
  | { kind: 'knownEmail'; email: string }
  /**
   * A field: with a suggested value to offer, the current value when changing a filled one,
   * whether to offer the form instead, and the due date whose zone was just asked about.
   */
  | {
      kind: 'field';
      field: CaseField;
      suggestion?: string;
      current?: string;
      offerForm: boolean;
      zoneAsked?: string;
    }
  /** Three misses on a field: an example, another try, or cancel? */
  | { kind: 'stuck'; field: CaseField }
  /** Everything is there: submit, edit or cancel? */
  | { kind: 'summary'; draft: CompleteCaseDraft }
  /** Which field to edit? (A new value for one may be typed instead: the draft it changes.) */
  | { kind: 'whichField'; draft: CompleteCaseDraft }
  /** Really cancel? */
  | { kind: 'cancel' }
  /** Not a question: the adapter creates the case now and gives the flow the outcome. */
  | { kind: 'submit'; draft: CompleteCaseDraft }
  /** Creating the case failed: try again or cancel? */
  | { kind: 'retry' };

/** The question the state leads to. */
export function nextQuestion(state: IntakeState): Question {
  const { step, draft } = state;
  switch (step.kind) {
    case 'confirmingCancel':
      return { kind: 'cancel' };
    case 'stuck':
      return { kind: 'stuck', field: step.field };
    case 'choosingField':
      return isCompleteDraft(draft) ? { kind: 'whichField', draft } : collectingQuestion(state);
    case 'failed':
      return { kind: 'retry' };
    case 'submitting':
      return isCompleteDraft(draft) ? { kind: 'submit', draft } : collectingQuestion(state);
    case 'collecting':
      return collectingQuestion(state);
  }
}

/** Checks first, then the known e-mail, then the field being edited or the first missing one. */
function collectingQuestion(state: IntakeState): Question {
  const [check] = state.checks;
  if (check) return { kind: 'check', pending: check };
  const { draft, editing, knownEmail } = state;
  const field = editing ?? nextMissingField(draft);
  // No field missing and none being edited: the draft is complete.
  if (field === undefined) return { kind: 'summary', draft: draft as CompleteCaseDraft };
  if (field === 'email' && knownEmail && !editing) return { kind: 'knownEmail', email: knownEmail };
  return {
    kind: 'field',
    field,
    suggestion: field === 'name' && !editing ? state.nameSuggestion : undefined,
    current: editing ? draft[field] : undefined,
    offerForm: field === 'name' && !editing,
    zoneAsked: field === 'dueDate' ? state.zoneAsked : undefined,
  };
}

/** The field a question asks for, if it asks for one. */
export function fieldAskedBy(question: Question): CaseField | undefined {
  return question.kind === 'field' ? question.field : undefined;
}
