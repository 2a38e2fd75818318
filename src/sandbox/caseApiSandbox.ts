import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { defaultSandboxStaff, type SandboxStaff, sandboxCase } from './sandboxCase.js';
import { createSandboxRateLimit } from './sandboxRateLimit.js';
import { checkSandboxRequest } from './sandboxRequestCheck.js';
import { searchCases } from './sandboxSearch.js';

/** How the sandbox is set up: the tenant it pretends to be and how it behaves. */
export interface CaseApiSandboxOptions {
  streamId: string;
  accountId: string;
  iid?: string;
  /** Client id and secret the `auth` JWT must be signed with. */
  clientId: string;
  clientSecret: string;
  /** Template ids the sandbox knows, with the names it echoes back. */
  templates: Record<string, string>;
  staff?: Partial<SandboxStaff>;
  /** Requests per minute per account before 429 (default 60, as the real API); 0 lifts the limit. */
  ratePerMinute?: number;
  /** Refuse a token whose `jti` was seen before, like a tenant with "Enforce JTI". */
  enforceJti?: boolean;
  clock?: () => number;
}

/** A fault the sandbox plays instead of its normal answer, for tests of failure handling. */
export type SandboxFault =
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** Creates the case, then drops the connection without answering. */
  | { kind: 'dropAfterCreate' }
  /** Creates the case and answers, but only after this delay. */
  | { kind: 'delay'; ms: number }
  /** Commits the case only after this delay (a search before then misses it), then answers. */
  | { kind: 'commitLate'; ms: number };

/** What the sandbox received, for tests to compare with what the bot meant to send. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
  status: number;
}

/** A running emulator of the case API's createCase endpoint. */
export interface CaseApiSandbox {
  /** Base URL to configure the client with, e.g. http://127.0.0.1:40123. */
  url: string;
  received: ReceivedRequest[];
  /** The cases created, in order, as returned to the caller. */
  cases: Record<string, unknown>[];
  /** Plays these faults, one per request, before answering normally again. */
  injectFaults(...faults: SandboxFault[]): void;
  close(): Promise<void>;
}

const jsonHeaders = { 'content-type': 'application/json' };
const maxBodyBytes = 1_000_000;

/** Starts the sandbox on loopback; port 0 picks a free one. */
export async function startCaseApiSandbox(
  options: CaseApiSandboxOptions,
  port = 0,
): Promise<CaseApiSandbox> {
  const clock = options.clock ?? Date.now;
  const staff = { ...defaultSandboxStaff, ...options.staff };
  const iid = options.iid ?? options.streamId;
  const secret = new TextEncoder().encode(options.clientSecret);
  const rateLimit = createSandboxRateLimit(options.ratePerMinute ?? 60, clock);
  const seenJtis = new Set<string>();
  const received: ReceivedRequest[] = [];
  const cases: Record<string, unknown>[] = [];
  const faults: SandboxFault[] = [];
  const basePath = `/caseManagement/api/public/analytics/${options.streamId}/`;
  const endpoints = new Set(['createCase', 'getCases']);

  const reply = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
    // Not chained: restify patches http.ServerResponse in this process, and its writeHead
    // does not return the response.
    res.writeHead(status, { ...jsonHeaders, ...headers });
    res.end(JSON.stringify(body));
    return status;
  };
  const error = (res: ServerResponse, status: number, msg: string, code: number, headers = {}) =>
    reply(res, status, { errors: [{ msg, code }] }, headers);

  async function authorised(req: IncomingMessage): Promise<string | undefined> {
    const token = req.headers.auth;
    if (typeof token !== 'string') return 'Missing auth token';
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
      if (payload.appId !== options.clientId) return 'Invalid SDK credentials';
      if (options.enforceJti) {
        if (typeof payload.jti !== 'string' || seenJtis.has(payload.jti)) return 'Token reused';
        seenJtis.add(payload.jti);
      }
      return undefined;
    } catch {
      return 'Invalid SDK credentials';
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, text: string): Promise<number> {
    const call = req.url?.startsWith(basePath) ? req.url.slice(basePath.length) : '';
    if (!endpoints.has(call)) return error(res, 404, 'Not found', 404);
    if (req.method !== 'POST') return error(res, 405, 'Method not allowed', 405);
    if (req.headers.accountid !== options.accountId)
      return error(res, 401, 'Invalid AccountId', 4001);
    const authProblem = await authorised(req);
    if (authProblem) return error(res, 401, authProblem, 4002);
    const admission = rateLimit.admit(options.accountId);
    if (!admission.admitted) {
      return error(
        res,
        429,
        "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.",
        429,
        { 'retry-after': String(admission.retryAfterSeconds) },
      );
    }
    if (req.headers.iid !== iid) return error(res, 400, 'Invalid Iid', 400);
    const fault = faults.shift();
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { ...jsonHeaders, ...fault.headers });
      res.end(fault.body ?? '');
      return fault.status;
    }
    if (call === 'getCases') return reply(res, 200, searchCases(cases, parseJson(text)));
    const checked = checkSandboxRequest(req.headers['content-type'], text, options.templates);
    if (!checked.ok) return error(res, 400, checked.problem, 400);
    if (fault?.kind === 'commitLate') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    const created = sandboxCase(checked.input, cases.length + 1, {
      accountId: options.accountId,
      iid,
      templateName: options.templates[checked.input.caseTmp] ?? checked.input.caseTmp,
      staff,
      now: new Date(clock()),
    });
    cases.push(created);
    if (fault?.kind === 'dropAfterCreate') {
      req.socket.destroy();
      return 0;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    return reply(res, 200, created);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = await handle(req, res, text).catch(() =>
        error(res, 500, 'Internal error', 500),
      );
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: pickHeaders(req),
        body: parseJson(text),
        status,
      });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    received,
    cases,
    injectFaults: (...next) => faults.push(...next),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((closeError) => (closeError ? reject(closeError) : resolve()));
      }),
  };
}

function pickHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const names = ['accountid', 'auth', 'iid', 'content-type', 'bot-language', 'app-language'];
  return Object.fromEntries(names.map((name) => [name, req.headers[name]?.toString()]));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
