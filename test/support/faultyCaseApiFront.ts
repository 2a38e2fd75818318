import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { SignJWT } from 'jose';
import { testTenant } from './testSandbox.js';

/**
 * A fault the front plays where the sandbox cannot: below HTTP (a reset), or on what passes
 * through it (the token going in, the answer coming back).
 */
export type FrontFault =
  /** Resets the next connection as it is accepted, before a byte of the request is read. */
  | { kind: 'resetOnConnect' }
  /** Passes the next request on with an expired token in place of the bot's: the API's own 401. */
  | { kind: 'expiredToken' }
  /** Passes the next request on and cuts the API's answer in half: a 200 with broken JSON. */
  | { kind: 'truncateAnswer' };

/** A loopback HTTP server in front of the case API sandbox, transparent until told a fault. */
export interface FaultyCaseApiFront {
  /** Base URL to give the bot as KORE_BASE_URL. */
  url: string;
  /** Plays these faults in order, one per connection or request, then passes everything on. */
  injectFaults(...faults: FrontFault[]): void;
  close(): Promise<void>;
}

/** Headers that belong to one hop, not to the request the front passes on. */
const hopHeaders = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

/**
 * Starts a front that forwards every request to `upstream` (the sandbox). Each answer closes
 * its connection, so every request of the bot arrives on a connection of its own and a
 * connection fault hits exactly the request it was meant for.
 */
export async function startFaultyCaseApiFront(upstream: string): Promise<FaultyCaseApiFront> {
  const faults: FrontFault[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const fault = faults[0]?.kind === 'resetOnConnect' ? undefined : faults.shift();
    forward(upstream, req, res, fault).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket: Socket) => {
    if (faults[0]?.kind === 'resetOnConnect') {
      faults.shift();
      socket.resetAndDestroy();
      return;
    }
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    injectFaults: (...next) => faults.push(...next),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

async function forward(
  upstream: string,
  req: IncomingMessage,
  res: ServerResponse,
  fault: FrontFault | undefined,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !hopHeaders.has(name)) headers.set(name, value);
  }
  if (fault?.kind === 'expiredToken') headers.set('auth', await expiredToken());
  const answer = await fetch(`${upstream}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
  const text = await answer.text();
  const body = fault?.kind === 'truncateAnswer' ? text.slice(0, Math.floor(text.length / 2)) : text;
  const passed: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (!hopHeaders.has(name) && name !== 'content-encoding') passed[name] = value;
  });
  res.writeHead(answer.status, { ...passed, connection: 'close' });
  res.end(body);
}

/** A token of the test tenant's client, well signed, that expired five minutes ago. */
export async function expiredToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ appId: testTenant.clientId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(testTenant.clientId)
    .setIssuedAt(now - 600)
    .setExpirationTime(now - 300)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(testTenant.clientSecret));
}
