/** The package's public surface for other bots: mount the intake, reuse the client and config. */
export type { AuthTokenSource } from './caseApi/authToken.js';
export { createAuthTokenSource } from './caseApi/authToken.js';
export type {
  CaseApi,
  CaseApiCallEvent,
  CaseApiClient,
  CaseApiClientOptions,
  CreateCaseOptions,
  CreateCaseResult,
} from './caseApi/caseApiClient.js';
export { createCaseApiClient } from './caseApi/caseApiClient.js';
export type { CaseApiError, CaseApiErrorKind } from './caseApi/caseApiError.js';
export type { CaseApiAuth, CaseApiSettings } from './caseApi/caseApiSettings.js';
export type { RetryPolicy } from './caseApi/retryPolicy.js';
export { defaultRetryPolicy } from './caseApi/retryPolicy.js';
export type { CaseDraft, CaseField, CompleteCaseDraft } from './cases/caseDraft.js';
export type { CaseReceipt } from './cases/caseReceipt.js';
export type { CaseRequest, CaseUser } from './cases/caseRequest.js';
export { caseRequestSchema } from './cases/caseRequest.js';
export type { CaseResponse } from './cases/caseResponse.js';
export { caseResponseSchema } from './cases/caseResponse.js';
export type { Config } from './config/config.js';
export { ConfigError, environmentSchema, loadConfig } from './config/config.js';
export type { IntakeDependencies, IntakeOptions, IntakeResult } from './dialogs/intakeDialog.js';
export { IntakeDialog, intakeDialogId } from './dialogs/intakeDialog.js';
export type {
  CaseApiSandbox,
  CaseApiSandboxOptions,
  SandboxFault,
} from './sandbox/caseApiSandbox.js';
export { startCaseApiSandbox } from './sandbox/caseApiSandbox.js';
export { createMemoryRecordStore } from './storage/memoryRecordStore.js';
export type { BotStorage, StorageSettings } from './storage/openStorage.js';
export { openStorage } from './storage/openStorage.js';
export type { ConditionalWrite, RecordStore, StoredRecord } from './storage/recordStore.js';
export type { CaseSubmitter, Delivery, OutboxOutcome } from './submission/caseOutbox.js';
export type {
  CaseSubmission,
  SubmissionOutcome,
  SubmissionTimings,
} from './submission/caseSubmission.js';
export { createCaseSubmission, submissionTimingsFor } from './submission/caseSubmission.js';
