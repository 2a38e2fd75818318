import type { CaseRequest } from '../cases/caseRequest.js';
import type { CaseResponse } from '../cases/caseResponse.js';
import type { CaseApiError, CaseApiErrorKind } from './caseApiError.js';

/** The result of a createCase call: the created case, or a typed error. */
export type CreateCaseResult =
  | { ok: true; case: CaseResponse }
  | { ok: false; error: CaseApiError };

/** The result of a getCases search: the cases found, or a typed error. */
export type FindCasesResult =
  /** `complete` is false when more pages matched than the client reads (`maxSearchPages`). */
  { ok: true; cases: CaseResponse[]; complete: boolean } | { ok: false; error: CaseApiError };

/** A getCases search: text in the case, and the window it was created in. */
export interface CaseSearch {
  searchText: string;
  /** Epoch milliseconds. */
  createdFrom: number;
  /** Epoch milliseconds. */
  createdUntil: number;
}

/** Per-call details that come from the conversation rather than the deployment. */
export interface CreateCaseOptions {
  /** Language code of the conversation, e.g. `en`; sent as `bot-language` and `app-language`. */
  language: string;
}

/** Creates cases in the case-management API. */
export interface CaseApi {
  createCase(body: CaseRequest, options: CreateCaseOptions): Promise<CreateCaseResult>;
  /** Searches recent cases (getCases), e.g. to learn whether an uncertain create went through. */
  findCases(search: CaseSearch, options: CreateCaseOptions): Promise<FindCasesResult>;
}

/** One call to the API as a whole: which, how long it took with its retries, how it ended. */
export interface CaseApiCallEvent {
  call: 'createCase' | 'getCases';
  durationMs: number;
  outcome: 'ok' | CaseApiErrorKind;
}
