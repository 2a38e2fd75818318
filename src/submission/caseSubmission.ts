import type { CaseApi } from '../caseApi/caseApi.js';
import type { CaseApiError } from '../caseApi/caseApiError.js';
import { isCaseFor } from '../cases/caseMatch.js';
import { type CaseReceipt, caseReceipt } from '../cases/caseReceipt.js';
import type { CaseRequest } from '../cases/caseRequest.js';
import type { RecordStore, StoredRecord } from '../storage/recordStore.js';

/** How a submission ended. */
export type SubmissionOutcome =
  /** The case exists; `repeated` when an earlier submit of the same draft created it. */
  | { ok: true; kind: 'created'; receipt: CaseReceipt; repeated: boolean }
  /** An earlier attempt whose answer was lost did create it: found by a search, not created again. */
  | { ok: true; kind: 'found'; receipt: CaseReceipt; repeated: boolean }
  | { ok: false; kind: 'failed'; error: CaseApiError }
  /**
   * Sent once at `sentAt`, and whether it was created can no longer be found out: more cases of
   * that name were made around then than a search can read. It is never sent again, so that
   * there are not two; the person is told so, to ask support.
   */
  | { ok: false; kind: 'unconfirmed'; sentAt: number };

/** Submits confirmed drafts: once each, across instances and restarts. */
export interface CaseSubmission {
  /**
   * `key` names the confirmed draft: the same key is never created twice. When another attempt
   * at it is in flight, waits for that one's outcome.
   */
  submit(key: string, request: CaseRequest, language: string): Promise<SubmissionOutcome>;
  /**
   * The same, but when another attempt at the draft is in flight (or its holder died and its
   * claim has not run out yet) it answers at once with an unknown outcome instead of waiting:
   * for the outbox worker, which must not let one draft hold up the others.
   */
  submitUnlessBusy(key: string, request: CaseRequest, language: string): Promise<SubmissionOutcome>;
}

/** What the store knows of one draft's submission; ids and names only, never whole responses. */
export type SubmissionRecord =
  /** An instance is sending (or searching) now, until `until`; `uncertainSince` if reconciling. */
  | { state: 'sending'; until: number; uncertainSince?: number }
  /** An attempt's outcome is unknown since `since`: search before any resend. */
  | { state: 'uncertain'; since: number }
  | { state: 'created'; receipt: CaseReceipt }
  /** Final: the attempt at `since` can neither be confirmed nor safely repeated. */
  | { state: 'unconfirmed'; since: number };

/** Timings of the submission rules, in milliseconds. */
export interface SubmissionTimings {
  /** The longest one attempt (the client's retries included) can take; a claim older is dead. */
  attemptMs: number;
  /**
   * How long after a request the API may still commit its case. A draft whose attempt had an
   * unknown outcome is not sent again until a search made this long after it finds nothing.
   */
  commitWindowMs: number;
  /** How often a waiting submit looks again at a draft another instance is sending. */
  pollMs: number;
}

/**
 * The rules' timings for a client whose requests time out after `timeoutMs`: an attempt (with
 * the client's retries and their waits) is over well within three timeouts and half a minute;
 * a case the API accepted late appears within two minutes.
 */
export function submissionTimingsFor(timeoutMs: number): SubmissionTimings {
  return { attemptMs: 3 * timeoutMs + 30_000, commitWindowMs: 120_000, pollMs: 100 };
}

/** Widens the search window around an uncertain attempt, for clock skew with the API. */
const searchSlackMs = 5 * 60_000;
const keyPrefix = 'submission/';

/**
 * Creates cases at most once per confirmed draft, with the record of each draft in the shared
 * store: claiming a draft is "create if absent", so two instances (or a double click, or a
 * re-sent activity) cannot both send it; a claim whose holder died is taken over after
 * `attemptMs`. An attempt with an unknown outcome (timeout, dropped connection, 5xx) leaves the
 * draft uncertain: the next submit searches (getCases) and reports the case it finds; it creates
 * only when a search made at least `commitWindowMs` after the attempt finds none, and gives the
 * draft up as unconfirmed (never sending it again) when no search can ever be complete. A failure
 * known to have created nothing (rejected, unavailable, rate-limited) frees the draft.
 */
export function createCaseSubmission(
  caseApi: CaseApi,
  store: RecordStore,
  timings: SubmissionTimings,
  /** The real clock: claims and windows are about when requests were sent, not a test's "now". */
  clock: () => number = Date.now,
): CaseSubmission {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** One attempt under a claim at `eTag`: create (after a search when uncertain), then record. */
  async function attempt(
    key: string,
    eTag: string,
    request: CaseRequest,
    language: string,
    uncertainSince: number | undefined,
  ): Promise<SubmissionOutcome> {
    const record = (value: SubmissionRecord) => store.replace(key, value, eTag);
    const unknown = (reason: string): SubmissionOutcome => ({
      ok: false,
      kind: 'failed',
      error: { kind: 'unknown_outcome', reason },
    });
    if (uncertainSince !== undefined) {
      // A case the attempt made was committed within the window: the search's end is fixed,
      // so later namesakes cannot keep it from ever being complete.
      const createdUntil = uncertainSince + timings.commitWindowMs + searchSlackMs;
      const search = await caseApi.findCases(
        { searchText: request.name, createdFrom: uncertainSince - searchSlackMs, createdUntil },
        { language },
      );
      if (!search.ok) {
        await record({ state: 'uncertain', since: uncertainSince });
        return unknown(`search: ${search.error.kind}`);
      }
      const earlier = search.cases.find((found) => isCaseFor(found, request));
      if (earlier) {
        const receipt = caseReceipt(earlier, request.dueDate);
        await record({ state: 'created', receipt });
        return { ok: true, kind: 'found', receipt, repeated: false };
      }
      // More matched than a search reads: the case may be among the rest, so send nothing.
      // Once the window is over (even by the API's clock) no search will ever read it all.
      if (!search.complete) {
        if (clock() <= createdUntil + searchSlackMs) {
          await record({ state: 'uncertain', since: uncertainSince });
          return unknown('search incomplete');
        }
        await record({ state: 'unconfirmed', since: uncertainSince });
        return { ok: false, kind: 'unconfirmed', sentAt: uncertainSince };
      }
      if (clock() - uncertainSince < timings.commitWindowMs) {
        await record({ state: 'uncertain', since: uncertainSince });
        return unknown('may still appear');
      }
    }
    const startedAt = clock();
    const result = await caseApi.createCase(request, { language });
    if (result.ok) {
      const receipt = caseReceipt(result.case, request.dueDate);
      await record({ state: 'created', receipt });
      return { ok: true, kind: 'created', receipt, repeated: false };
    }
    if (result.error.kind === 'unknown_outcome' || result.error.kind === 'invalid_response') {
      await record({ state: 'uncertain', since: uncertainSince ?? startedAt });
    } else {
      await store.delete(key, eTag);
    }
    return { ok: false, kind: 'failed', error: result.error };
  }

  /** Takes the draft over from the record read at `current`, when the rules allow it. */
  async function takeOver(
    key: string,
    current: StoredRecord<SubmissionRecord>,
    request: CaseRequest,
    language: string,
  ): Promise<SubmissionOutcome | 'lost_race' | 'busy'> {
    const record = current.value;
    if (record.state === 'created') {
      return { ok: true, kind: 'created', receipt: record.receipt, repeated: true };
    }
    if (record.state === 'unconfirmed')
      return { ok: false, kind: 'unconfirmed', sentAt: record.since };
    const now = clock();
    if (record.state === 'sending' && now < record.until) return 'busy';
    // A claim past its time means its holder died mid-attempt: the outcome is unknown.
    const uncertainSince =
      record.state === 'uncertain'
        ? record.since
        : (record.uncertainSince ?? record.until - timings.attemptMs);
    const claimed = await store.replace(key, claim(now, uncertainSince), current.eTag);
    if (!claimed.ok) return 'lost_race';
    return attempt(key, claimed.eTag, request, language, uncertainSince);
  }

  const claim = (now: number, uncertainSince?: number): SubmissionRecord => ({
    state: 'sending',
    until: now + timings.attemptMs,
    ...(uncertainSince === undefined ? {} : { uncertainSince }),
  });

  async function submitDraft(
    draftKey: string,
    request: CaseRequest,
    language: string,
    waitWhileBusy: boolean,
  ): Promise<SubmissionOutcome> {
    const key = `${keyPrefix}${draftKey}`;
    for (;;) {
      const created = await store.create(key, claim(clock()));
      if (created.ok) return attempt(key, created.eTag, request, language, undefined);
      const current = await store.get<SubmissionRecord>(key);
      if (!current) continue;
      const outcome = await takeOver(key, current, request, language);
      if (outcome === 'lost_race') continue;
      if (outcome !== 'busy') return outcome;
      if (!waitWhileBusy) {
        return {
          ok: false,
          kind: 'failed',
          error: { kind: 'unknown_outcome', reason: 'in flight' },
        };
      }
      await wait(timings.pollMs);
    }
  }

  return {
    submit: (draftKey, request, language) => submitDraft(draftKey, request, language, true),
    submitUnlessBusy: (draftKey, request, language) =>
      submitDraft(draftKey, request, language, false),
  };
}
