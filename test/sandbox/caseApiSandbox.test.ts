import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthTokenSource } from '../../src/caseApi/authToken.js';
import { buildCaseRequest } from '../../src/cases/caseRequest.js';
import type { CaseApiSandbox } from '../../src/sandbox/caseApiSandbox.js';
import { sampleDraft, sampleUser } from '../support/caseFixtures.js';
import { startTestSandbox, testTenant } from '../support/testSandbox.js';

const validBody = buildCaseRequest(sampleDraft, sampleUser, testTenant.caseTemplate);
const tokens = createAuthTokenSource({
  kind: 'client',
  clientId: testTenant.clientId,
  clientSecret: testTenant.clientSecret,
  singleUseTokens: false,
});

/** The parts of a sandbox answer these tests read. */
interface SandboxReply {
  _id: string;
  refId: string;
  currAssignee: { name?: string };
  queues: { name: string }[];
  errors: { msg: string; code: number }[];
}

let sandbox: CaseApiSandbox;
let clock: number;

beforeEach(async () => {
  clock = Date.parse('2026-11-28T12:00:00Z');
  ({ sandbox } = await startTestSandbox({
    clock: () => clock,
    staff: { agents: ['Priya Raman', 'Jonas Weber'], queues: ['Billing'], queueEvery: 3 },
  }));
});
afterEach(() => sandbox.close());

async function post(
  body: unknown,
  headers: Record<string, string> = {},
  path = `/caseManagement/api/public/analytics/${testTenant.streamId}/createCase`,
) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      AccountId: testTenant.accountId,
      auth: await tokens.token(),
      Iid: testTenant.streamId,
      'Content-Type': 'application/json;charset=UTF-8',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as SandboxReply,
  };
}

describe('the case API sandbox', () => {
  it('answers like the vendor sample: fresh ids, rising refIds, Open, a priority, round-robin agents and a queue', async () => {
    const replies: SandboxReply[] = [];
    for (let i = 0; i < 4; i++) replies.push((await post(validBody)).json);

    expect(replies.map((reply) => reply.refId)).toEqual([
      'CS000001',
      'CS000002',
      'CS000003',
      'CS000004',
    ]);
    expect(new Set(replies.map((reply) => reply._id)).size).toBe(4);
    expect(replies.map((reply) => reply.currAssignee.name ?? reply.queues[0]?.name)).toEqual([
      'Priya Raman',
      'Jonas Weber',
      'Billing',
      'Priya Raman',
    ]);
    expect(replies[2]).toMatchObject({ assigneeType: 'queues', currAssignee: {} });
    expect(replies[0]).toMatchObject({
      _id: expect.stringMatching(/^ci-/),
      caseTmp: 'Support',
      status: { name: 'Open', statusCategory: 'open' },
      priority: { name: 'Medium' },
      source: 'rtm',
      iId: testTenant.streamId,
      ETA: validBody.dueDate,
      userInfo: { _id: sampleUser._id },
    });
    expect(sandbox.cases).toHaveLength(4);
  });

  it('leaves cases unassigned when it has no agents and no queues', async () => {
    await sandbox.close();
    ({ sandbox } = await startTestSandbox({ staff: { agents: [], queues: [] } }));
    expect((await post(validBody)).json).toMatchObject({
      assigneeType: 'unassigned',
      currAssignee: {},
      queues: [],
    });
  });

  it.each([
    ['no name', { ...validBody, name: '' }, 'name is required'],
    ['no user id', { ...validBody, userInfo: { name: 'x' } }, 'userInfo._id is required'],
    ['a bad e-mail', { ...validBody, emailId: 'ann' }, 'Invalid emailId'],
    ['a local due date', { ...validBody, dueDate: '2027-03-15 14:00' }, 'Invalid dueDate'],
    ['an unknown template', { ...validBody, caseTmp: 'ctm-x' }, 'Invalid case template'],
    ['broken JSON', '{"name":', 'Request body is not valid JSON'],
    ['an array', '[]', 'Request body must be a JSON object'],
  ])('answers 400 with an error body for %s', async (_label, body, msg) => {
    const reply = await post(body);
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ errors: [{ msg, code: 400 }] });
    expect(sandbox.cases).toHaveLength(0);
  });

  it.each([
    ['a token signed with another secret', async () => ({ auth: await signed('another-secret') })],
    ['an expired token', async () => ({ auth: await signed(testTenant.clientSecret, -60) })],
    ['no token', async () => ({ auth: '' })],
    ['a wrong account id', async () => ({ AccountId: 'acc-other' })],
  ])('answers 401 for %s', async (_label, headers) => {
    const reply = await post(validBody, await headers());
    expect(reply.status).toBe(401);
    expect(reply.json.errors[0]?.msg).toMatch(/Invalid|Missing/);
  });

  it('answers 400 for a wrong instance id and 404 for another path', async () => {
    expect((await post(validBody, { Iid: 'st-other' })).status).toBe(400);
    expect(
      (await post(validBody, {}, '/caseManagement/api/public/analytics/st-other/createCase'))
        .status,
    ).toBe(404);
  });

  it('allows 60 requests per minute per account, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 60; i++) expect((await post(validBody)).status).toBe(200);
    clock += 20_000;
    const limited = await post(validBody);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
    expect(limited.json.errors[0]?.msg).toBe(
      "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.",
    );
    clock += 40_001;
    expect((await post(validBody)).status).toBe(200);
  });

  it('serves past 60 requests a minute with its limit lifted', async () => {
    await sandbox.close();
    ({ sandbox } = await startTestSandbox({ clock: () => clock, ratePerMinute: 0 }));
    for (let i = 0; i < 61; i++) expect((await post(validBody)).status).toBe(200);
  });

  it('searches cases by text and creation time, newest first, in pages', async () => {
    for (const name of ['Printer jams', 'VPN drops', 'Printer out of toner']) {
      await post({ ...validBody, name });
      clock += 1_000;
    }
    const path = `/caseManagement/api/public/analytics/${testTenant.streamId}/getCases`;
    const page = (
      await post(
        { searchText: 'PRINTER', startDate: clock - 10_000, endDate: clock, limit: 1 },
        {},
        path,
      )
    ).json as unknown as {
      results: { name: string }[];
      hasMore: boolean;
      totalResults: number;
    };
    expect(page.results.map((found) => found.name)).toEqual(['Printer out of toner']);
    expect(page).toMatchObject({ hasMore: true, totalResults: 2 });
    const none = (await post({ searchText: 'printer', startDate: clock + 1 }, {}, path))
      .json as unknown as { totalResults: number };
    expect(none.totalResults).toBe(0);
  });

  it('refuses a reused token when JTIs are enforced', async () => {
    await sandbox.close();
    ({ sandbox } = await startTestSandbox({ enforceJti: true }));
    expect((await post(validBody)).status).toBe(200);
    expect((await post(validBody)).json).toEqual({ errors: [{ msg: 'Token reused', code: 4002 }] });
  });
});

async function signed(secret: string, expiresInSeconds = 300): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ appId: testTenant.clientId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(now - 600)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(secret));
}
