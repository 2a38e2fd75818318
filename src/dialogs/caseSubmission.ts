import type { CaseApi } from '../caseApi/caseApiClient.js';
import type { CaseApiError } from '../caseApi/caseApiError.js';
import { isCaseFor } from '../cases/caseMatch.js';
import type { CaseRequest } from '../cases/caseRequest.js';
import type { CaseResponse } from '../cases/caseResponse.js';
import type { SubmissionLedger } from './submissionLedger.js';

/** How a submission ended. */
export type SubmissionOutcome =
  /** The case exists; `repeated` when an earlier submit of the same draft created it. */
  | { ok: true; kind: 'created'; case: CaseResponse; repeated: boolean }
  /** An earlier attempt whose answer was lost did create it: found by a search, not created again. */
  | { ok: true; kind: 'found'; case: CaseResponse; repeated: boolean }
  | { ok: false; kind: 'failed'; error: CaseApiError };

/** Submits confirmed drafts: once each, and never again after an attempt that may have worked. */
export interface CaseSubmission {
  submit(key: string, request: CaseRequest, language: string): Promise<SubmissionOutcome>;
}

/** Widens the search window around an uncertain attempt, for clock skew with the API. */
const searchSlackMs = 5 * 60_000;
const rememberedAttempts = 10_000;

/**
 * Creates cases through the ledger (one in flight per draft, none after success). When an attempt
 * ends with an unknown outcome (timeout, dropped connection, 5xx) or an unreadable success, the
 * next submit of that draft first searches for the case (getCases) and reports it if it exists;
 * only when the search finds none is the case created. If the search fails too, nothing is sent.
 */
export function createCaseSubmission(
  caseApi: CaseApi,
  ledger: SubmissionLedger,
  /** The real clock: the search window is about when requests were sent, not a test's "now". */
  clock: () => Date = () => new Date(),
): CaseSubmission {
  const uncertainSince = new Map<string, number>();

  async function attempt(
    key: string,
    request: CaseRequest,
    language: string,
  ): Promise<SubmissionOutcome> {
    const since = uncertainSince.get(key);
    if (since !== undefined) {
      const search = await caseApi.findCases(
        {
          searchText: request.name,
          createdFrom: since - searchSlackMs,
          createdUntil: clock().getTime() + searchSlackMs,
        },
        { language },
      );
      if (!search.ok)
        return {
          ok: false,
          kind: 'failed',
          error: { kind: 'unknown_outcome', reason: `search: ${search.error.kind}` },
        };
      const earlier = search.cases.find((found) => isCaseFor(found, request));
      if (earlier) {
        uncertainSince.delete(key);
        return { ok: true, kind: 'found', case: earlier, repeated: false };
      }
    }
    const startedAt = clock().getTime();
    const result = await caseApi.createCase(request, { language });
    if (result.ok) {
      uncertainSince.delete(key);
      return { ok: true, kind: 'created', case: result.case, repeated: false };
    }
    if (result.error.kind === 'unknown_outcome' || result.error.kind === 'invalid_response') {
      uncertainSince.set(key, since ?? startedAt);
      if (uncertainSince.size > rememberedAttempts)
        uncertainSince.delete(uncertainSince.keys().next().value ?? key);
    }
    return { ok: false, kind: 'failed', error: result.error };
  }

  return {
    async submit(key, request, language) {
      const { result, repeated } = await ledger.submit(key, () => attempt(key, request, language));
      return result.ok ? { ...result, repeated } : result;
    },
  };
}
