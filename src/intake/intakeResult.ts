import type { CaseReceipt } from '../cases/caseReceipt.js';

/** How the intake ended; the dialog's result. */
export type IntakeResult =
  | { status: 'created'; receipt: CaseReceipt }
  /** In the outbox: it will be created when the case system allows, and the person told. */
  | { status: 'queued' }
  /** Sent, but neither confirmed nor to be sent again: the person was told to ask support. */
  | { status: 'unconfirmed' }
  | { status: 'cancelled' };
