import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnBotProcess } from '../support/botProcess.js';
import { nonEmptyLines, stackFrame } from '../support/outputLines.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A port this test holds, on every interface, as another program on the machine would. */
async function portInUse(): Promise<number> {
  const server = createServer();
  servers.push(server);
  server.listen(0);
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('the bot process when it cannot start', () => {
  it('says in one line that the port is in use, and exits 1 within a few seconds', async () => {
    const port = await portInUse();
    const spawned = Date.now();

    const bot = await spawnBotProcess({}, { port });
    // Counted from its first log line ("storage open", just before the sandbox and the listen):
    // what must not take long is giving up on the port, not loading the modules, which on a
    // busy machine alone can take seconds.
    let firstLogLine: number | undefined;
    bot.child.stdout?.once('data', () => {
      firstLogLine = Date.now();
    });
    const exit = await bot.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    expect(firstLogLine, 'the bot logged nothing before it gave up').toBeDefined();
    expect(Date.now() - (firstLogLine ?? 0)).toBeLessThan(5_000);
    // And the whole run, start-up included, is still a matter of seconds.
    expect(Date.now() - spawned).toBeLessThan(15_000);
    expect(nonEmptyLines(bot.stderr())).toEqual([
      `cannot listen on port ${port}: it is already in use; set PORT to another port`,
    ]);
    expect(bot.stdout() + bot.stderr()).not.toMatch(stackFrame);
  });

  it('names each bad variable on its own line, without a stack, and exits 1', async () => {
    const bot = await spawnBotProcess({ PORT: 'not-a-port', LOG_LEVEL: 'loud' });
    const exit = await bot.exited;

    expect(exit).toEqual({ code: 1, signal: null });
    const lines = nonEmptyLines(bot.stderr());
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- PORT: /),
      expect.stringMatching(/^ {2}- LOG_LEVEL: /),
    ]);
    expect(bot.stdout() + bot.stderr()).not.toMatch(stackFrame);
  });
});
