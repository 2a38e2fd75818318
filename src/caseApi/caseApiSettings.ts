/** How the bot authenticates to the case API: mint JWTs from a client, or send a given token. */
export type CaseApiAuth =
  | { kind: 'client'; clientId: string; clientSecret: string; singleUseTokens: boolean }
  | { kind: 'token'; jwt: string };

/** Everything the createCase client needs to reach one tenant. */
export interface CaseApiSettings {
  /** The API host, e.g. https://platform.kore.ai (a path prefix is kept). */
  baseUrl: string;
  /** The bot id (`st-…`) that names the stream in the URL. */
  streamId: string;
  accountId: string;
  /** The instance id sent as the `Iid` header. */
  iid: string;
  /** The case template id (`ctm-…`). */
  caseTemplate: string;
  auth: CaseApiAuth;
  /** How long one request may take before its outcome is treated as unknown. */
  timeoutMs: number;
  /** Requests per minute the client allows itself for the account (the API allows 60). */
  requestsPerMinute?: number;
}
