import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** How a process ended: its exit code, or the signal that killed it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The bot started as its own process, as `node dist/main.js`, with what it printed so far. */
export interface BotProcess {
  url: string;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Resolves once the process has exited. */
  exited: Promise<ProcessExit>;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

/** How to run the bot process beyond its environment. */
export interface BotProcessOptions {
  /** The port to listen on; a free one by default. */
  port?: number;
  /** Modules node loads before the bot (`node --import`), to act inside the real process. */
  imports?: string[];
  /** The folder it runs in (and keeps its default SQLite file in); a fresh one by default. */
  folder?: string;
}

/**
 * The bot processes still running. A test that fails or times out before it stops its bot must
 * not leave it running for good: they are killed when the test worker exits.
 */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port that was free a moment ago on loopback. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Spawns `node dist/main.js` (built by the tests' global setup) with only the given environment
 * plus PATH, and does not wait for it: for tests of how it starts, or fails to.
 */
export async function spawnBotProcess(
  env: Record<string, string> = {},
  options: BotProcessOptions = {},
): Promise<BotProcess> {
  const port = options.port ?? (await freePort());
  const imports = (options.imports ?? []).flatMap((file) => ['--import', resolve(file)]);
  // From a folder of its own, so a developer's .env cannot change what the test runs and the
  // default SQLite file is the test's alone (a test that shares one passes SQLITE_PATH).
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'bot-process-'));
  const child = spawn(
    process.execPath,
    ['--disable-warning=DEP0111', ...imports, resolve('dist/main.js')],
    {
      cwd: folder,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  // 'close', not 'exit': by then everything the process wrote has been read.
  const exited = once(child, 'close').then(([code, signal]) => ({ code, signal }) as ProcessExit);
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stdout: () => out,
    stderr: () => err,
    alive: () => child.exitCode === null && child.signalCode === null,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return (await exited).code;
    },
  };
}

/** The levels at which the bot logs its info lines, "bot listening" among them. */
const levelsWithInfo = new Set(['trace', 'debug', 'info']);

/**
 * Spawns the bot process (see spawnBotProcess) on a free port and waits until /healthz answers
 * and, where its level logs info, until its "bot listening" line has been read: the lines a
 * start logs are then all in stdout(), however the pipe and the health check raced.
 */
export async function startBotProcess(
  env: Record<string, string> = {},
  options: BotProcessOptions = {},
): Promise<BotProcess> {
  const bot = await spawnBotProcess(env, options);
  const logsListening = levelsWithInfo.has(env.LOG_LEVEL ?? 'info');
  // Seconds of CPU each: on a busy two-core machine, with other bots starting beside it, a
  // start can take several times what it takes alone.
  const deadline = Date.now() + 30_000;
  let healthy = false;
  for (;;) {
    if (!bot.alive())
      throw new Error(`the bot exited at start-up: ${bot.stderr() || bot.stdout()}`);
    healthy ||= await fetch(`${bot.url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy && (!logsListening || bot.stdout().includes('"msg":"bot listening"'))) return bot;
    if (Date.now() > deadline) {
      // Nobody gets this process to stop: it must not outlive the failure.
      bot.child.kill('SIGKILL');
      throw new Error(
        `the bot did not start${healthy ? ' (healthy, but never logged "bot listening")' : ''}: ${bot.stderr() || bot.stdout()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, healthy ? 5 : 50));
  }
}
