import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseApiCallEvent } from '../../src/caseApi/caseApi.js';
import { type CaseApiClient, createCaseApiClient } from '../../src/caseApi/caseApiClient.js';
import type { CaseApiSettings } from '../../src/caseApi/caseApiSettings.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { recordingLogger } from '../support/recordingLogger.js';
import { quickRetries, startTestSandbox, testTenant } from '../support/testSandbox.js';

const body = buildCaseRequest(sampleDraft, sampleUser, testTenant.caseTemplate);
const en = { language: 'en' };

let sandbox: CaseApiSandbox;
let settings: CaseApiSettings;
let client: CaseApiClient;

beforeEach(async () => {
  ({ sandbox, settings } = await startTestSandbox());
  client = createCaseApiClient(settings, { retry: quickRetries });
});
afterEach(async () => {
  await client.close();
  await sandbox.close();
});

describe('createCase against the sandbox over HTTP', () => {
  it('sends the exact URL, headers and body of the contract, and returns the case', async () => {
    const result = await client.createCase(body, { language: 'es' });

    expect(result.ok && result.case.refId).toBe('CS000001');
    expect(sandbox.received).toHaveLength(1);
    const [request] = sandbox.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/caseManagement/api/public/analytics/st-test/createCase');
    expect(request?.body).toEqual(body);
    expect(request?.headers).toMatchObject({
      accountid: 'acc-test',
      iid: 'st-test',
      'content-type': 'application/json;charset=UTF-8',
      'bot-language': 'es',
      'app-language': 'es',
    });
  });

  it('signs a short-lived HS256 JWT with appId, iat, exp and jti that verifies with the secret', async () => {
    await client.createCase(body, en);
    const token = sandbox.received[0]?.headers.auth ?? '';
    const { payload, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode(testTenant.clientSecret),
    );
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload.appId).toBe(testTenant.clientId);
    expect(typeof payload.jti).toBe('string');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(3600);
  });

  it('reuses a token while it is fresh, and mints one per request when single-use is required', async () => {
    await client.createCase(body, en);
    await client.createCase(body, en);
    const [first, second] = sandbox.received.map((request) => request.headers.auth);
    expect(second).toBe(first);

    await sandbox.close();
    ({ sandbox, settings } = await startTestSandbox({ enforceJti: true }));
    const singleUse = createCaseApiClient(
      { ...settings, auth: { ...settings.auth, singleUseTokens: true } as CaseApiSettings['auth'] },
      { retry: quickRetries },
    );
    const results = [await singleUse.createCase(body, en), await singleUse.createCase(body, en)];
    await singleUse.close();
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const jtis = sandbox.received.map((request) => decodeJwt(request.headers.auth ?? '').jti);
    expect(new Set(jtis).size).toBe(2);
  });

  it('reports a refused body as rejected, in exactly one request, and logs the API message', async () => {
    const logger = recordingLogger();
    const logging = createCaseApiClient(settings, { retry: quickRetries, logger });
    const result = await logging.createCase({ ...body, caseTmp: 'ctm-unknown' }, en);
    await logging.close();
    expect(result).toEqual({ ok: false, error: { kind: 'rejected', status: 400 } });
    expect(sandbox.received).toHaveLength(1);
    expect(logger.entries).toMatchObject([
      {
        level: 'warn',
        message: 'createCase failed',
        details: { error: 'rejected', apiMessage: 'Invalid case template' },
      },
    ]);
  });

  it('keeps the API words out of the result and scrubs personal data from the log line', async () => {
    const logger = recordingLogger();
    const logging = createCaseApiClient(settings, { retry: quickRetries, logger });
    sandbox.injectFaults({
      kind: 'status',
      status: 400,
      body: JSON.stringify({
        errors: [{ msg: 'Invalid emailId ann@contoso.com for user 555-0100' }],
      }),
    });
    const result = await logging.createCase(body, en);
    await logging.close();
    expect(result).toEqual({ ok: false, error: { kind: 'rejected', status: 400 } });
    const logged = JSON.stringify(logger.entries);
    expect(logged).toContain('Invalid emailId [email] for user [number]');
    expect(logged).not.toMatch(/contoso|555-0100/);
  });

  it('refuses to send a body that breaks the contract', async () => {
    await expect(client.createCase({ ...body, phoneNumber: '12345' }, en)).rejects.toThrow();
    expect(sandbox.received).toHaveLength(0);
  });

  it('replaces a refused token and sends once more at once: a revoked token heals itself', async () => {
    sandbox.injectFaults({ kind: 'status', status: 401 });
    const result = await client.createCase(body, en);
    expect(result).toMatchObject({ ok: true, case: { refId: 'CS000001' } });
    expect(sandbox.received.map((received) => received.status)).toEqual([401, 200]);
    const jtis = sandbox.received.map((received) => decodeJwt(received.headers.auth ?? '').jti);
    expect(new Set(jtis).size).toBe(2);
  });

  it('sends a ready-made token that is refused only once, and reports auth', async () => {
    const given = createCaseApiClient(
      { ...settings, auth: { kind: 'token', jwt: 'expired.jwt.value' } },
      { retry: quickRetries },
    );
    const result = await given.createCase(body, en);
    await given.close();
    expect(result).toEqual({ ok: false, error: { kind: 'auth', status: 401 } });
    expect(sandbox.received).toHaveLength(1);
  });

  it('reports wrong credentials as auth after one fresh token, without retrying further', async () => {
    const wrong = createCaseApiClient(
      {
        ...settings,
        auth: {
          kind: 'client',
          clientId: 'cs-other',
          clientSecret: 'nope',
          singleUseTokens: false,
        },
      },
      { retry: quickRetries },
    );
    const result = await wrong.createCase(body, en);
    await wrong.close();
    expect(result).toEqual({ ok: false, error: { kind: 'auth', status: 401 } });
    expect(sandbox.received).toHaveLength(2);
  });

  it('retries 503 and 429 (honouring Retry-After) and then succeeds', async () => {
    sandbox.injectFaults(
      { kind: 'status', status: 503, body: '<html>Service Unavailable</html>' },
      { kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: '{}' },
    );
    const started = Date.now();
    const result = await client.createCase(body, en);
    expect(result.ok).toBe(true);
    expect(sandbox.received.map((request) => request.status)).toEqual([503, 429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('gives up after the attempts allowed and reports unavailable', async () => {
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })),
    );
    const result = await client.createCase(body, en);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unavailable' } });
    expect(sandbox.received).toHaveLength(3);
    expect(sandbox.cases).toHaveLength(0);
  });

  it('reports rate_limited with the wait when the server asks for longer than it will wait', async () => {
    const limited = await startTestSandbox({ ratePerMinute: 1 });
    const limitedClient = createCaseApiClient(limited.settings, { retry: quickRetries });
    await limitedClient.createCase(body, en);
    const result = await limitedClient.createCase(body, en);
    await limitedClient.close();
    await limited.sandbox.close();
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'rate_limited') {
      expect(result.error.retryAfterMs).toBeGreaterThan(50_000);
    } else {
      expect.fail(`expected rate_limited, got ${JSON.stringify(result)}`);
    }
    expect(limited.sandbox.received.map((request) => request.status)).toEqual([200, 429]);
  });

  it('keeps under its own per-minute budget: a request over it is not sent at all', async () => {
    const polite = createCaseApiClient(
      { ...settings, requestsPerMinute: 2 },
      { retry: quickRetries },
    );
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await polite.createCase(body, en));
    await polite.close();
    expect(results.map((result) => result.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
    expect(sandbox.received).toHaveLength(2);
  });

  it('reads the documented rate-limit message as rate_limited even without 429', async () => {
    sandbox.injectFaults(
      ...Array.from({ length: 3 }, () => ({
        kind: 'status' as const,
        status: 400,
        body: JSON.stringify({
          errors: [
            {
              msg: "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.",
            },
          ],
        }),
      })),
    );
    const result = await client.createCase(body, en);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
  });

  it('never retries when the request may have created a case (connection dropped)', async () => {
    sandbox.injectFaults({ kind: 'dropAfterCreate' });
    const result = await client.createCase(body, en);
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown_outcome' } });
    expect(sandbox.received).toHaveLength(1);
    expect(sandbox.cases).toHaveLength(1);
  });

  it('treats a timeout as unknown_outcome and sends exactly one request', async () => {
    const slow = createCaseApiClient({ ...settings, timeoutMs: 200 }, { retry: quickRetries });
    sandbox.injectFaults({ kind: 'delay', ms: 600 });
    const result = await slow.createCase(body, en);
    await slow.close();
    expect(result).toMatchObject({ ok: false, error: { kind: 'unknown_outcome' } });
    // The sandbox records the request when it answers, long after a retry would have come.
    await expect.poll(() => sandbox.received.length).toBeGreaterThanOrEqual(1);
    expect(sandbox.received).toHaveLength(1);
  });

  it('treats a 500 or a gateway error as unknown_outcome without retrying', async () => {
    sandbox.injectFaults({ kind: 'status', status: 502, body: '<html>Bad gateway</html>' });
    const result = await client.createCase(body, en);
    expect(result).toEqual({ ok: false, error: { kind: 'unknown_outcome', reason: 'HTTP 502' } });
    expect(sandbox.received).toHaveLength(1);
  });

  it('reports a 200 with an unreadable body as invalid_response', async () => {
    sandbox.injectFaults({ kind: 'status', status: 200, body: '{"ok":true}' });
    const result = await client.createCase(body, en);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_response', status: 200 } });
    expect(sandbox.received).toHaveLength(1);
  });
});

describe('findCases against the sandbox', () => {
  it('posts the documented getCases filters and returns the cases found', async () => {
    await client.createCase(body, en);
    const from = Date.now() - 60_000;
    const result = await client.findCases(
      { searchText: 'printer', createdFrom: from, createdUntil: from + 120_000 },
      en,
    );
    expect(result.ok && result.cases.map((found) => found.refId)).toEqual(['CS000001']);
    expect(sandbox.received[1]?.path).toBe('/caseManagement/api/public/analytics/st-test/getCases');
    expect(sandbox.received[1]?.body).toEqual({
      searchText: 'printer',
      startDate: from,
      endDate: from + 120_000,
      page: 1,
      limit: 50,
    });
  });

  it('retries a search after a 502, since a search cannot create anything', async () => {
    sandbox.injectFaults({ kind: 'status', status: 502 });
    const result = await client.findCases(
      { searchText: 'x', createdFrom: 0, createdUntil: Date.now() },
      en,
    );
    expect(result).toEqual({ ok: true, cases: [], complete: true });
    expect(sandbox.received.map((request) => request.status)).toEqual([502, 200]);
  });
});

describe('createCase when nothing listens', () => {
  it('retries a refused connection, which cannot have created a case, then reports unavailable', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));

    const logger = recordingLogger();
    const unreachable = createCaseApiClient(
      { ...settings, baseUrl: `http://127.0.0.1:${port}` },
      { retry: quickRetries, logger },
    );
    const result = await unreachable.createCase(body, en);
    await unreachable.close();
    expect(result).toEqual({ ok: false, error: { kind: 'unavailable', reason: 'ECONNREFUSED' } });
    expect(logger.entries.map((entry) => entry.details.attempt)).toEqual([1, 2, 3]);
  });
});

describe('the observer of calls', () => {
  it('hears of each call once, after its retries, with how it ended', async () => {
    const events: CaseApiCallEvent[] = [];
    const observed = createCaseApiClient(settings, {
      retry: quickRetries,
      observe: (event) => events.push(event),
    });
    sandbox.injectFaults({ kind: 'status', status: 503 });
    await observed.createCase(body, en);
    sandbox.injectFaults({ kind: 'status', status: 500 });
    await observed.createCase(body, en);
    await observed.findCases({ searchText: 'x', createdFrom: 0, createdUntil: Date.now() }, en);
    await observed.close();

    expect(sandbox.received).toHaveLength(4);
    expect(events.map(({ call, outcome }) => [call, outcome])).toEqual([
      ['createCase', 'ok'],
      ['createCase', 'unknown_outcome'],
      ['getCases', 'ok'],
    ]);
    for (const event of events) expect(event.durationMs).toBeGreaterThan(0);
  });

  it('still returns the case when the observer throws', async () => {
    const observed = createCaseApiClient(settings, {
      retry: quickRetries,
      observe: () => {
        throw new Error('metrics broke');
      },
    });
    const result = await observed.createCase(body, en);
    await observed.close();
    expect(result.ok).toBe(true);
  });
});
