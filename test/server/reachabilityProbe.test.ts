import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createReachabilityProbe,
  type ReachabilityProbe,
} from '../../src/server/reachabilityProbe.js';
import { freePort } from '../support/botProcess.js';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listening(server: Server | ReturnType<typeof createHttpServer>): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A loopback host that answers every request with `status`, and what it was asked. */
async function answeringHost(status: number) {
  const requests: Pick<IncomingMessage, 'method' | 'url' | 'headers'>[] = [];
  const server = createHttpServer((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers });
    res.statusCode = status;
    res.end();
  });
  const port = await listening(server);
  cleanups.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${port}/caseManagement/api/`, requests };
}

/** A loopback host that accepts connections and never says a word. */
async function silentHost(): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => sockets.add(socket));
  const port = await listening(server);
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
    server.close();
  });
  return `http://127.0.0.1:${port}`;
}

function probeOf(url: string, options: Parameters<typeof createReachabilityProbe>[1] = {}) {
  const probe: ReachabilityProbe = createReachabilityProbe(url, options);
  cleanups.push(() => probe.close());
  return probe;
}

describe('the reachability probe of the case API host', () => {
  it('counts any HTTP answer, even a 404, as reachable, with one bare HEAD to the origin', async () => {
    const host = await answeringHost(404);
    const result = await probeOf(host.url).check();
    expect(result).toMatchObject({ reachable: true, httpStatus: 404 });
    expect(host.requests).toHaveLength(1);
    expect(host.requests[0]).toMatchObject({ method: 'HEAD', url: '/' });
    // No credentials, no account: the API cannot count it against the account's budget.
    expect(host.requests[0]?.headers).not.toHaveProperty('auth');
    expect(host.requests[0]?.headers).not.toHaveProperty('accountid');
    expect(host.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('reports a refused connection as unreachable, by its code', async () => {
    const port = await freePort();
    const result = await probeOf(`http://127.0.0.1:${port}`).check();
    expect(result).toMatchObject({ reachable: false, error: 'ECONNREFUSED' });
    expect(result.httpStatus).toBeUndefined();
  });

  it('gives up on a host that never answers after its timeout', async () => {
    const url = await silentHost();
    const started = performance.now();
    const result = await probeOf(url, { timeoutMs: 300 }).check();
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ reachable: false, error: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('waits one second by default', async () => {
    const url = await silentHost();
    const result = await probeOf(url).check();
    expect(result).toMatchObject({ reachable: false, error: 'timeout' });
    expect(result.durationMs).toBeGreaterThanOrEqual(950);
    expect(result.durationMs).toBeLessThan(2_000);
  });

  it('reuses a result for a while, and shares one probe between concurrent checks', async () => {
    const host = await answeringHost(200);
    let now = 0;
    const probe = probeOf(host.url, { reuseMs: 10_000, now: () => now });

    await Promise.all([probe.check(), probe.check(), probe.check()]);
    now = 9_999;
    const reused = await probe.check();
    expect(host.requests).toHaveLength(1);
    expect(reused.ageMs).toBe(9_999);

    now = 10_000;
    const fresh = await probe.check();
    expect(host.requests).toHaveLength(2);
    expect(fresh.ageMs).toBe(0);
  });
});
