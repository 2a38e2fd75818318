import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { type BotProcess, freePort, startBotProcess } from '../support/botProcess.js';
import { berlin } from '../support/intakeFixture.js';
import { runNodeScript, type ScriptRun } from '../support/nodeScript.js';
import { nonEmptyLines, stackFrame } from '../support/outputLines.js';

/**
 * Runs the terminal client as `npm run chat` does. With `input` it writes that and ends stdin, as
 * `printf … | npm run chat` does; without, stdin stays open until the client exits.
 */
function runChat(args: string[], input?: string): Promise<ScriptRun> {
  return runNodeScript(resolve('dist/cli/chat.js'), args, { input });
}

let bot: BotProcess | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  for (const server of servers.splice(0)) server.close();
});

describe('npm run chat', () => {
  it('says in one line that no bot answers at the URL, and exits 1', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;

    const run = await runChat(['--url', url]);

    expect(run.code).toBe(1);
    expect(nonEmptyLines(run.stderr)).toEqual([
      `no bot at ${url}: start it with npm start, or pass --url`,
    ]);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(stackFrame);
  });

  it('says in one line that the bot answered with an HTTP error, and exits 1 at the end', async () => {
    const failing = createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('TypeError: something broke\n    at handler (/app/server.js:1:1)\n');
    });
    servers.push(failing);
    failing.listen(0, '127.0.0.1');
    await once(failing, 'listening');
    const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;

    const run = await runChat(['--url', url], 'hello\n');

    expect(run.code).toBe(1);
    expect(nonEmptyLines(run.stderr)).toEqual([
      `! the bot at ${url} answered HTTP 500: TypeError: something broke at handler (/app/server.js:1:1)`,
      `! the bot at ${url} answered HTTP 500: TypeError: something broke at handler (/app/server.js:1:1)`,
    ]);
  });

  it('answers piped lines in order, each after the last one is answered, and exits 0', async () => {
    bot = await startBotProcess();

    const run = await runChat(
      ['--url', bot.url, '--locale', 'en-GB', '--time-zone', 'Europe/Berlin'],
      'I would like to open a case\nPrinter jams\n',
    );

    expect(run.code).toBe(0);
    const namePrompt = run.stdout.indexOf(`bot> ${en.fieldPrompt.name(berlin)}`);
    const descriptionPrompt = run.stdout.indexOf(`bot> ${en.fieldPrompt.description(berlin)}`);
    expect(namePrompt).toBeGreaterThan(-1);
    expect(descriptionPrompt).toBeGreaterThan(namePrompt);
    expect(run.stderr).toBe('');
  });
});
