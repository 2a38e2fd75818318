/** The package's public surface for other bots: mount the intake, reuse the client and config. */
export type { AuthTokenSource } from './caseApi/authToken.js';
export { createAuthTokenSource } from './caseApi/authToken.js';
export type {
  CaseApi,
  CaseApiCallEvent,
  CaseSearch,
  CreateCaseOptions,
  CreateCaseResult,
  FindCasesResult,
} from './caseApi/caseApi.js';
export type { CaseApiClient, CaseApiClientOptions } from './caseApi/caseApiClient.js';
export { createCaseApiClient } from './caseApi/caseApiClient.js';
export type { CaseApiError, CaseApiErrorKind } from './caseApi/caseApiError.js';
export type { CaseApiAuth, CaseApiSettings } from './caseApi/caseApiSettings.js';
export type { RetryPolicy } from './caseApi/retryPolicy.js';
export { defaultRetryPolicy } from './caseApi/retryPolicy.js';
export type { CaseDraft, CaseField, CompleteCaseDraft } from './cases/caseDraft.js';
export type { CaseAssignment, CaseReceipt } from './cases/caseReceipt.js';
export type { CaseRequest, CaseUser } from './cases/caseRequest.js';
export { caseRequestSchema } from './cases/caseRequest.js';
export type { CaseResponse } from './cases/caseResponse.js';
export { caseResponseSchema } from './cases/caseResponse.js';
export type { CaseTextProblem } from './cases/caseText.js';
export type { ConversationDefaults } from './cases/conversationDefaults.js';
export type { DueDateProblem, DueDateRules } from './cases/dueDate.js';
export type { EmailProblem } from './cases/emailAddress.js';
export type { PhoneProblem } from './cases/phoneNumber.js';
export type { BotFrameworkSettings, CaseApiTarget, Config } from './config/config.js';
export { ConfigError, loadConfig } from './config/config.js';
export { environmentSchema } from './config/environmentSchema.js';
export type { ConversationContext } from './conversation/conversationContext.js';
export type { IntakeDependencies, IntakeOptions, IntakeResult } from './dialogs/intakeDialog.js';
export { IntakeDialog, intakeDialogId } from './dialogs/intakeDialog.js';
export type { Logger, LogMethod } from './logging/logger.js';
export type {
  CardTexts,
  ChangePattern,
  CommandWords,
  CorrectionWords,
  FieldContext,
  Messages,
  WebChatPageTexts,
} from './messages/messages.js';
export type {
  CaseApiSandbox,
  CaseApiSandboxOptions,
  ReceivedRequest,
  SandboxFault,
} from './sandbox/caseApiSandbox.js';
export { startCaseApiSandbox } from './sandbox/caseApiSandbox.js';
export type { SandboxStaff } from './sandbox/sandboxCase.js';
export { createMemoryRecordStore } from './storage/memoryRecordStore.js';
export type { BotStorage, StorageSettings } from './storage/openStorage.js';
export { openStorage } from './storage/openStorage.js';
export type {
  ConditionalWrite,
  ListedRecord,
  RecordStore,
  StoredRecord,
} from './storage/recordStore.js';
export type {
  CaseSubmitter,
  Delivery,
  OutboxOutcome,
  QueuedOutcome,
} from './submission/caseOutbox.js';
export type {
  CaseSubmission,
  SubmissionOutcome,
  SubmissionTimings,
} from './submission/caseSubmission.js';
export { createCaseSubmission, submissionTimingsFor } from './submission/caseSubmission.js';
