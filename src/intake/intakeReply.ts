import type { CaseField } from '../cases/caseDraft.js';
import type { CaseFormResult, CaseFormValues } from '../cases/caseForm.js';
import type { FieldProblems } from '../cases/fields/caseFieldSpecs.js';
import type { FieldReadings } from '../cases/messageUnderstanding.js';
import type { OutboxOutcome } from '../submission/caseOutbox.js';
import type { Choice } from './intakeChoices.js';

/** Something the user can say at any question but "really cancel?". */
export type Command = 'cancel' | 'help' | 'back' | 'startOver' | 'status' | 'useForm' | 'wait';

/** A field refused, with the reason: the problem's type follows the field. */
export type FieldRefusal = { [F in CaseField]: { field: F; problem: FieldProblems[F] } }[CaseField];

/** A reply already read against the question it answers: the flow only decides what follows. */
export type Reply =
  | { kind: 'command'; command: Command }
  /** A question about a field ("why do you need my phone?"): why it is asked, and how to answer. */
  | { kind: 'aboutField'; field: CaseField }
  /** A submitted case form, read in full. */
  | { kind: 'form'; values: CaseFormValues; result: CaseFormResult }
  /** "change the phone to …": the new value and anything else the message gave. */
  | { kind: 'change'; field: CaseField; readings: FieldReadings }
  | { kind: 'changeRefused'; refusal: FieldRefusal }
  | { kind: 'choice'; choice: Choice }
  /** The answer to a field question: that field, other fields, or both. */
  | { kind: 'answer'; readings: FieldReadings }
  /** With the answer, when it named a zone that stands for several: which is meant is asked. */
  | { kind: 'answerRefused'; refusal: FieldRefusal; zoneAsked?: string }
  /** "I don't have a phone", at the phone question. */
  | { kind: 'noPhone' }
  /** A free-text answer that only asks for a case ("I need to raise a ticket"): not the answer. */
  | { kind: 'askedForCase' }
  /** Nothing the question can use (a stray button, an answer that is not yes or no). */
  | { kind: 'unclear' }
  /** Not typed: how creating the case went, given by the adapter after a `submit` question. */
  | { kind: 'submitted'; outcome: OutboxOutcome };
