import type { CaseDraft, CaseField } from '../cases/caseDraft.js';
import type { CaseFormValues, FormProblems } from '../cases/caseForm.js';
import type { FieldReadings } from '../cases/messageUnderstanding.js';
import type { OutboxOutcome } from '../submission/caseOutbox.js';
import type { FieldRefusal } from './intakeReply.js';

/** Something the intake tells the user before (or instead of) its next question. */
export type Notice =
  | { kind: 'intakeStart' }
  /** What the opening message gave. */
  | { kind: 'understood'; readings: FieldReadings }
  /** Fields an answer gave besides the one asked for. */
  | { kind: 'noted'; readings: FieldReadings }
  | { kind: 'refused'; refusal: FieldRefusal }
  | { kind: 'dateReadingRejected' }
  /** What the intake needs, how far it is, and what the current field takes. */
  | { kind: 'help'; done: number; field?: CaseField }
  | { kind: 'fieldHelp'; field: CaseField }
  /** Why a field is asked, and how to answer it. */
  | { kind: 'aboutField'; field: CaseField }
  | { kind: 'status'; draft: CaseDraft }
  | { kind: 'atFirstField' }
  | { kind: 'startingOver' }
  /** The form, pre-filled from the draft. */
  | { kind: 'formOffered'; draft: CaseDraft }
  /** A submitted form back, with the problem of each field that has one. */
  | { kind: 'formRefused'; values: CaseFormValues; problems: FormProblems }
  | { kind: 'changed'; field: CaseField; value: string }
  /** To "I don't have a phone": why one is needed. */
  | { kind: 'phoneNeeded' }
  /** To an answer that only asked for a case: that is what the intake is doing. */
  | { kind: 'alreadyOpening' }
  | { kind: 'cancelled' }
  | { kind: 'carryOn' }
  /** To "one sec": no rush. */
  | { kind: 'waiting' }
  /** How creating the case `draftName` went. */
  | { kind: 'submission'; outcome: OutboxOutcome; draftName: string };
