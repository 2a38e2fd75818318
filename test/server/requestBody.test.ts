import { randomUUID } from 'node:crypto';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { type RunningBot, startBot } from '../../src/server/startBot.js';
import { recordingLogger } from '../support/recordingLogger.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function started(): Promise<RunningBot> {
  bot = await startBot(loadConfig({ PORT: '0', STORAGE: 'memory' }), recordingLogger());
  return bot;
}

function activity(text = 'I would like to open a case') {
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    from: { id: 'user-ann', name: 'Ann Lee' },
    recipient: { id: 'bot' },
    conversation: { id: `conv-${randomUUID()}` },
    locale: 'en-GB',
    text,
  });
}

async function post(
  url: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

describe('reading the request body', () => {
  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ])('takes a %s body and runs the turn', async (encoding, compress) => {
    const { url } = await started();
    const reply = await post(url, compress(activity()), { 'content-encoding': encoding });
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.json)).toContain('support case');
  });

  it('answers a body that is not what its gzip encoding says with 400, and keeps serving', async () => {
    const { url } = await started();
    const garbage = await post(url, '{}', { 'content-encoding': 'gzip' });
    expect(garbage).toEqual({
      status: 400,
      json: { error: 'invalid_request', detail: 'the body could not be decoded as gzip' },
    });
    const truncated = await post(url, gzipSync(activity()).subarray(0, 40), {
      'content-encoding': 'gzip',
    });
    expect(truncated.status).toBe(400);
    expect((await post(url, activity())).status).toBe(200);
  });

  it('counts the limit in decoded bytes: a 2 KB gzip bomb of 1 MB gets 413', async () => {
    const { url } = await started();
    const bomb = gzipSync(`{"type":"message","text":"${'1 '.repeat(512 * 1024)}"}`);
    expect(bomb.length).toBeLessThan(4096);
    const reply = await post(url, bomb, { 'content-encoding': 'gzip' });
    expect(reply.status).toBe(413);
    expect(JSON.stringify(reply.json)).not.toMatch(/Error|at \//);
  });

  it('answers 413 for a plain body over the limit, before reading it all', async () => {
    const { url } = await started();
    const reply = await post(url, `{"text":"${'a'.repeat(300 * 1024)}"}`);
    expect(reply.status).toBe(413);
  });

  it.each(['compress', 'gzip, gzip', 'identity;q=1', 'zstd'])(
    'answers an encoding it does not support (%s) with 415',
    async (encoding) => {
      const { url } = await started();
      expect((await post(url, activity(), { 'content-encoding': encoding })).status).toBe(415);
    },
  );

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['no type', ''],
  ])('answers a body of %s with 415', async (_label, type) => {
    const { url } = await started();
    expect((await post(url, activity(), { 'content-type': type })).status).toBe(415);
  });

  it('answers bytes that are not UTF-8 with 400', async () => {
    const { url } = await started();
    const body = Buffer.concat([
      Buffer.from('{"type":"message","text":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    expect(await post(url, body)).toEqual({
      status: 400,
      json: { error: 'invalid_request', detail: 'the body is not UTF-8' },
    });
  });

  it('takes a UTF-8 body with a byte-order mark and a charset', async () => {
    const { url } = await started();
    const reply = await post(
      url,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(activity())]),
      {
        'content-type': 'application/json; charset=utf-8',
      },
    );
    expect(reply.status).toBe(200);
  });
});
