// A server under test, in a child process of its own, on a loopback port: started, waited for,
// measured from outside (its CPU time from /proc, its event-loop delay through the probe it was
// started with) and stopped. Every child started here is killed when the bench exits, however
// it exits.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Clock ticks per second of /proc's utime and stime (100 on Linux almost everywhere). */
const clockTicksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Kills every child still running (the bench's deadline, a failed start). */
export function killAllServers() {
  for (const child of running) child.kill('SIGKILL');
}

/** A free loopback port (released before the child binds it: a tiny race, as in the soak). */
export async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * Starts `node [nodeArgs] script` with PORT set, and resolves once `readyPath` answers 200 (or,
 * with `anyStatus`, answers at all), asking every `pollMs`. Rejects with a one-line reason when the child exits first or
 * is not ready within `startTimeoutMs`.
 */
export async function startServer({
  label,
  script,
  nodeArgs = [],
  env = {},
  cwd,
  readyPath = '/healthz',
  anyStatus = false,
  startTimeoutMs = 60_000,
  pollMs = 20,
}) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));

  const reports = createReportReader(child.stdout);
  const stderrTail = [];
  let stderrRest = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    const lines = (stderrRest + chunk).split('\n');
    stderrRest = lines.pop();
    stderrTail.push(...lines.filter((line) => line.trim() !== ''));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });
  const lastWords = () =>
    [...stderrTail, stderrRest]
      .filter((line) => line.trim() !== '' && !line.includes('DeprecationWarning'))
      .at(-1) ?? '';

  const deadline = performance.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${label} exited at start-up (${child.signalCode ?? `code ${child.exitCode}`}): ${lastWords()}`,
      );
    }
    const status = await statusOf(`${origin}${readyPath}`);
    if (status === 200 || (anyStatus && status !== undefined)) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${label} did not answer ${readyPath} within ${startTimeoutMs / 1000} s`);
    }
    await new Promise((done) => setTimeout(done, pollMs));
  }
  const readyAt = performance.now();

  return {
    label,
    origin,
    pid: child.pid,
    /** performance.now() when the process was spawned, and when `readyPath` first answered. */
    startedAt,
    readyAt,
    alive: () => child.exitCode === null && child.signalCode === null,
    /** CPU time (user + system, all threads) the process has used so far, in ms. */
    cpuMs: () => processCpuMs(child.pid),
    /**
     * Asks the event-loop probe (SIGUSR2) for the delay since its previous report; resolves with
     * it, or undefined when no probe answers within 5 s.
     */
    eventLoopReport: () => {
      const next = reports.next('eventLoopDelay', 5_000);
      child.kill('SIGUSR2');
      return next;
    },
    /** The next `tag {json}` line the child prints (for servers that report on their own). */
    nextReport: (tag, timeoutMs) => reports.next(tag, timeoutMs),
    lastWords,
    /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The status of one GET, or undefined when nothing answers (not listening yet). */
export async function statusOf(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process from /proc/<pid>/stat, in ms. */
function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicksPerSecond;
}

/** Reads `tag {json}` lines from a child's stdout and hands each to whoever waits for its tag. */
function createReportReader(stdout) {
  const waiting = [];
  let rest = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      const match = /^(\w+) (\{.*\})$/.exec(line.trim());
      if (!match) continue;
      const index = waiting.findIndex((waiter) => waiter.tag === match[1]);
      if (index === -1) continue;
      const [waiter] = waiting.splice(index, 1);
      clearTimeout(waiter.timer);
      waiter.resolve(JSON.parse(match[2]));
    }
  });
  return {
    next(tag, timeoutMs) {
      return new Promise((resolve) => {
        const waiter = { tag, resolve };
        waiter.timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          resolve(undefined);
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
  };
}
