/**
 * Why a createCase call did not produce a case the bot can report. The kind tells the caller
 * what it may do next; `unknown_outcome` and `invalid_response` mean a case may exist. The API's
 * own words are not part of it: they can quote personal data, so the client only logs them,
 * scrubbed, and users get the catalog's wording of the kind.
 */
export type CaseApiError =
  /** The API refused the request as it is (4xx); sending it again will not help. */
  | { kind: 'rejected'; status: number }
  /** The credentials were refused (401/403). */
  | { kind: 'auth'; status: number }
  /** Too many requests; the API asks to wait this long before the next one. */
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** The API could not be reached or said it is unavailable; no case was created. */
  | { kind: 'unavailable'; reason: string; retryAfterMs?: number }
  /** The request may have reached the API, but no answer came back: a case may exist. */
  | { kind: 'unknown_outcome'; reason: string }
  /** The API answered success with a body the bot cannot read: a case probably exists. */
  | { kind: 'invalid_response'; status: number; reason: string };

/** The kinds of case API errors. */
export type CaseApiErrorKind = CaseApiError['kind'];
