import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import type { z } from 'zod';
import { caseRequestSchema } from '../cases/caseRequest.js';
import {
  type CaseResponse,
  caseResponseSchema,
  caseSearchResponseSchema,
} from '../cases/caseResponse.js';
import type { Logger } from '../logging/logger.js';
import { scrubPersonalData } from '../logging/scrubPersonalData.js';
import { type AuthTokenSource, createAuthTokenSource } from './authToken.js';
import type { CaseApi, CaseApiCallEvent } from './caseApi.js';
import type { CaseApiError } from './caseApiError.js';
import type { CaseApiSettings } from './caseApiSettings.js';
import { createRateLimiter } from './rateLimiter.js';
import {
  backoffDelay,
  defaultRetryPolicy,
  parseRetryAfter,
  type RetryPolicy,
} from './retryPolicy.js';
import { transportError } from './transportError.js';

/**
 * One call's outcome; a failure keeps the API's own words for the log, never for the caller,
 * and says whether a fresh token may help (credentials refused, and a new token can be minted).
 */
type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: CaseApiError; apiMessage?: string; freshTokenMayHelp?: boolean };

/** A case API client that holds a connection pool; close it on shutdown. */
export interface CaseApiClient extends CaseApi {
  close(): Promise<void>;
}

/** Optional collaborators of the client; defaults suit production. */
export interface CaseApiClientOptions {
  retry?: RetryPolicy;
  logger?: Logger;
  tokens?: AuthTokenSource;
  clock?: () => number;
  /** Told of every call once it is over (retries included), e.g. to feed metrics. */
  observe?: (event: CaseApiCallEvent) => void;
}

const rateLimitMessage = /exceeded the per-minute rate limit/i;
/** Cases a search page holds, and how many pages one search reads at most (each is a request). */
const searchPageSize = 50;
const maxSearchPages = 5;

/**
 * The createCase client. It retries only what cannot create a duplicate: a connection that was
 * never made, 429 and 503. Everything else is reported once, as a typed error.
 */
export function createCaseApiClient(
  settings: CaseApiSettings,
  options: CaseApiClientOptions = {},
): CaseApiClient {
  const retry = options.retry ?? defaultRetryPolicy;
  const clock = options.clock ?? Date.now;
  const tokens = options.tokens ?? createAuthTokenSource(settings.auth, clock);
  const logger = options.logger;
  const limiter = createRateLimiter(settings.requestsPerMinute ?? 60, 60_000, clock);
  const endpoint = (name: 'createCase' | 'getCases') => endpointUrl(settings, name);
  const pool = new Agent({
    keepAliveTimeout: 30_000,
    connections: 16,
    connect: { timeout: Math.min(settings.timeoutMs, 5_000) },
  });

  async function attempt<T>(
    url: string,
    body: string,
    language: string,
    schema: z.ZodType<T>,
  ): Promise<ApiResult<T>> {
    // Stay under the account's limit rather than be refused: a request not sent is a safe retry.
    const slot = limiter.take(settings.accountId);
    if (!slot.allowed)
      return { ok: false, error: { kind: 'rate_limited', retryAfterMs: slot.retryAfterMs } };
    const token = await tokens.token();
    const headers = {
      AccountId: settings.accountId,
      auth: token,
      Iid: settings.iid,
      'Content-Type': 'application/json;charset=UTF-8',
      'bot-language': language,
      'app-language': language,
    };
    let response: Awaited<ReturnType<typeof request>>;
    let text: string;
    try {
      response = await request(url, {
        method: 'POST',
        headers,
        body,
        dispatcher: pool,
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      text = await response.body.text();
    } catch (error) {
      return { ok: false, error: transportError(error) };
    }
    const result = interpret(response.statusCode, response.headers, text, schema);
    if (!result.ok && result.error.kind === 'auth') {
      return { ...result, freshTokenMayHelp: tokens.refused(token) };
    }
    return result;
  }

  function interpret<T>(
    status: number,
    headers: Record<string, string | string[] | undefined>,
    text: string,
    schema: z.ZodType<T>,
  ): ApiResult<T> {
    const json = parseJson(text);
    const message = apiMessage(json);
    const retryAfterHeader = headers['retry-after'];
    const retryAfter = Array.isArray(retryAfterHeader) ? retryAfterHeader[0] : retryAfterHeader;
    if (status === 429 || (message && rateLimitMessage.test(message))) {
      return {
        ok: false,
        error: { kind: 'rate_limited', retryAfterMs: parseRetryAfter(retryAfter, clock()) ?? 0 },
      };
    }
    if (status >= 200 && status < 300) {
      const parsed = schema.safeParse(json);
      if (parsed.success) return { ok: true, value: parsed.data };
      return {
        ok: false,
        error: {
          kind: 'invalid_response',
          status,
          reason: parsed.error.issues[0]?.message ?? 'unreadable',
        },
      };
    }
    if (status === 401 || status === 403)
      return { ok: false, error: { kind: 'auth', status }, apiMessage: message };
    if (status === 503) {
      const retryAfterMs = parseRetryAfter(retryAfter, clock());
      return { ok: false, error: { kind: 'unavailable', reason: 'HTTP 503', retryAfterMs } };
    }
    if (status >= 400 && status < 500)
      return { ok: false, error: { kind: 'rejected', status }, apiMessage: message };
    return { ok: false, error: { kind: 'unknown_outcome', reason: `HTTP ${status}` } };
  }

  /** Sends one call (see sendWithRetries) and tells the observer how it ended. */
  async function withRetries<T>(
    call: CaseApiCallEvent['call'],
    send: () => Promise<ApiResult<T>>,
    retryable: (error: CaseApiError) => boolean,
  ): Promise<ApiResult<T>> {
    const callStarted = performance.now();
    const result = await sendWithRetries(call, send, retryable);
    try {
      options.observe?.({
        call,
        durationMs: performance.now() - callStarted,
        outcome: result.ok ? 'ok' : result.error.kind,
      });
    } catch {
      // An observer's failure must not turn a case that was created into an error.
    }
    return result;
  }

  /** Sends one call, retrying what `retryable` allows, with backoff, and logs each attempt. */
  async function sendWithRetries<T>(
    call: CaseApiCallEvent['call'],
    send: () => Promise<ApiResult<T>>,
    retryable: (error: CaseApiError) => boolean,
  ): Promise<ApiResult<T>> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      const started = clock();
      const result = await send();
      const log = { call, attempt: attemptNumber, durationMs: clock() - started };
      if (result.ok) return result;
      // A refused token is replaced and tried once more at once: a refusal created nothing.
      const wait =
        result.freshTokenMayHelp && attemptNumber === 1
          ? 0
          : retryable(result.error)
            ? retryWait(result.error, attemptNumber)
            : undefined;
      // The API's words help whoever reads the log, but may quote the user's e-mail or number.
      const apiMessage =
        result.apiMessage === undefined ? undefined : scrubPersonalData(result.apiMessage);
      logger?.warn(
        { ...log, error: result.error.kind, retryInMs: wait, apiMessage },
        `${call} failed`,
      );
      if (wait === undefined) return result;
      await sleep(wait);
    }
  }

  return {
    async createCase(request, { language }) {
      const body = JSON.stringify(caseRequestSchema.parse(request));
      // Only what cannot have created a case is retried: the API has no idempotency key.
      const result = await withRetries(
        'createCase',
        () => attempt(endpoint('createCase'), body, language, caseResponseSchema),
        (error) => error.kind === 'rate_limited' || error.kind === 'unavailable',
      );
      if (!result.ok) return { ok: false, error: result.error };
      logger?.info({ caseId: result.value._id, refId: result.value.refId }, 'case created');
      return { ok: true, case: result.value };
    },
    async findCases(search, { language }) {
      // Page by page, newest first, as long as the API says there is more: an outage brings
      // many cases with the same name, and the one looked for may be past the first page.
      const cases: CaseResponse[] = [];
      for (let page = 1; page <= maxSearchPages; page += 1) {
        const body = JSON.stringify({
          searchText: search.searchText,
          startDate: search.createdFrom,
          endDate: search.createdUntil,
          page,
          limit: searchPageSize,
        });
        // A search changes nothing, so any failure but a refusal may be retried.
        const result = await withRetries(
          'getCases',
          () => attempt(endpoint('getCases'), body, language, caseSearchResponseSchema),
          (error) =>
            error.kind !== 'auth' && error.kind !== 'rejected' && error.kind !== 'invalid_response',
        );
        if (!result.ok) return { ok: false, error: result.error };
        cases.push(...result.value.results);
        const { hasMore, totalPages } = result.value;
        const more = hasMore ?? (totalPages ?? 1) > page;
        if (!more || result.value.results.length === 0) return { ok: true, cases, complete: true };
      }
      return { ok: true, cases, complete: false };
    },
    close: () => pool.close(),
  };

  function retryWait(error: CaseApiError, attemptNumber: number): number | undefined {
    if (attemptNumber >= retry.maxAttempts) return undefined;
    const asked = 'retryAfterMs' in error ? error.retryAfterMs : undefined;
    if (asked !== undefined && asked > retry.maxRetryAfterMs) return undefined;
    return Math.max(asked ?? 0, backoffDelay(retry, attemptNumber));
  }
}

function endpointUrl(settings: CaseApiSettings, name: 'createCase' | 'getCases'): string {
  const base = settings.baseUrl.replace(/\/+$/, '');
  return `${base}/caseManagement/api/public/analytics/${encodeURIComponent(settings.streamId)}/${name}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The API's own words about an error, when its body carries any (never HTML from a gateway). */
function apiMessage(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const body = json as { errors?: { msg?: unknown }[]; message?: unknown; error?: unknown };
  const candidate = body.errors?.[0]?.msg ?? body.message ?? body.error;
  return typeof candidate === 'string' ? candidate : undefined;
}
