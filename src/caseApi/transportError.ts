import type { CaseApiError } from './caseApiError.js';

/** Connection errors raised before a request could reach the server: safe to retry. */
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * What a request that failed below HTTP means: `unavailable` when it never left (safe to send
 * again), `unknown_outcome` when it may have reached the API.
 */
export function transportError(error: unknown): CaseApiError {
  const code = errorCode(error);
  if (code && notSentCodes.has(code)) return { kind: 'unavailable', reason: code };
  return {
    kind: 'unknown_outcome',
    reason: code ?? (error instanceof Error ? error.name : 'error'),
  };
}

function errorCode(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
