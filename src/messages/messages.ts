import type { CaseApiError } from '../caseApi/caseApiError.js';
import type { CaseField } from '../cases/caseDraft.js';
import type { FieldProblems } from '../cases/caseFieldParser.js';
import type { CaseReceipt } from '../cases/caseReceipt.js';

/** What the catalog needs to word a field's prompt, help or problem for this user. */
export interface FieldContext {
  timeZone: string;
  phoneRegion: string;
}

/** A case ready to confirm, as the summary shows it: due date already formatted. */
export interface SummaryLines {
  name: string;
  description: string;
  email: string;
  phone: string;
  dueDate: string;
}

/** Every sentence the bot says, in one language. User-facing text lives only in catalogs. */
export interface Messages {
  /** BCP-47 tag used to format dates and numbers. */
  locale: string;
  /** Words that act as commands at any prompt, lower-case. */
  commands: { cancel: string[]; help: string[]; tryAgain: string[] };
  welcome: string;
  intakeStart: string;
  fieldLabel: Record<CaseField, string>;
  fieldPrompt: { [F in CaseField]: (context: FieldContext) => string };
  fieldHelp: { [F in CaseField]: (context: FieldContext) => string };
  fieldProblem: { [F in CaseField]: (problem: FieldProblems[F], context: FieldContext) => string };
  stuck: (field: CaseField) => string;
  stuckChoices: { help: string; tryAgain: string; cancel: string };
  help: string;
  summaryIntro: string;
  summary: (lines: SummaryLines) => string;
  confirmQuestion: string;
  confirmRetry: string;
  notConfirmed: string;
  cancelled: string;
  caseCreated: (receipt: CaseReceipt, dueDate: string) => string;
  submitFailed: (error: CaseApiError) => string;
  retryQuestion: string;
  retryChoices: { tryAgain: string; cancel: string };
  keptForLater: string;
  alreadySubmitted: (refId: string) => string;
  turnError: (correlationId: string) => string;
  /** Formats an instant as a date and time in a zone, naming the zone. */
  formatDateTime: (isoInstant: string, timeZone: string) => string;
}
