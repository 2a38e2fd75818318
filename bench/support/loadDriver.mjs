// The load generator of bench/throughput.mjs: a closed loop on undici. `concurrency` workers
// each own one connection (an undici Client) and one piece of work (a conversation, for the bot),
// and send their next request as soon as the previous one is answered, so exactly `concurrency`
// requests are in flight, as autocannon does with that many connections. Unlike autocannon, a
// worker keeps its own state across requests for the whole run, which a conversation parked
// mid-intake needs (autocannon resets its per-connection context each time its request list
// starts over). One Client per worker rather than one Pool: a Pool queues the requests made
// before its sockets connect on a few of them, and those then wait behind one another for
// seconds, so fewer than `concurrency` requests reach the server.
//
// The run is a warm-up, then a measured window. Only responses that arrive inside the window
// count; `onWindowStart` and `onWindowEnd` run at its edges (to read the server's CPU time and
// event-loop delay there). After the window, workers send nothing new and the run ends when the
// requests in flight are answered.
import { Client } from 'undici';

/**
 * Drives `origin` with `workerFor(index)` workers, each `{ prepare?, step }`: `prepare(tools)`
 * runs once for every worker, all at once, before the clock starts (parking a conversation);
 * then `step(tools)` is called again and again, sending its request(s) through `tools.send`.
 * `tools.count(name)` counts an event inside the window. Returns what the window saw.
 */
export async function driveLoad({
  origin,
  concurrency,
  warmUpMs,
  measureMs,
  workerFor,
  onWindowStart = () => undefined,
  onWindowEnd = () => undefined,
  requestTimeoutMs = 30_000,
}) {
  const clients = Array.from(
    { length: concurrency },
    () =>
      new Client(origin, {
        pipelining: 1,
        headersTimeout: requestTimeoutMs,
        bodyTimeout: requestTimeoutMs,
        keepAliveTimeout: 60_000,
      }),
  );
  let inWindow = false;
  let stopping = false;
  const latencies = [];
  const latenciesByLabel = new Map();
  const counts = new Map();
  let errors = 0;
  let lastError = '';
  let windowStartedAt = 0;
  let windowEndedAt = 0;

  const count = (name, by = 1) => {
    if (inWindow) counts.set(name, (counts.get(name) ?? 0) + by);
  };

  /** One POST of `body` (a JSON string); resolves with the parsed answer, or undefined on failure. */
  async function send(client, path, body, label) {
    // Labels are listed in the order they are first sent (a conversation's order of turns).
    if (!latenciesByLabel.has(label)) latenciesByLabel.set(label, []);
    const started = performance.now();
    try {
      const response = await client.request({
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.body.text();
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}`);
      if (inWindow) {
        latencies.push(elapsed);
        latenciesByLabel.get(label).push(elapsed);
      }
      return text === '' ? {} : JSON.parse(text);
    } catch (error) {
      if (inWindow) errors += 1;
      lastError = error instanceof Error ? error.message : String(error);
      // A refused or broken connection would otherwise spin; the count above is what matters.
      await new Promise((done) => setTimeout(done, 10));
      return undefined;
    }
  }

  const workers = Array.from({ length: concurrency }, (_, index) => ({
    ...workerFor(index),
    tools: { send: (...request) => send(clients[index], ...request), count },
  }));
  const closeAll = () => Promise.all(clients.map((client) => client.destroy()));
  try {
    await Promise.all(workers.map((worker) => worker.prepare?.(worker.tools)));
  } catch (error) {
    await closeAll();
    throw error;
  }

  // The hooks run synchronously at the edges (what they read is read there); whatever they
  // return, a promise included, is awaited once the run is over and handed back.
  let startHook;
  let endHook;
  const windowStart = setTimeout(() => {
    startHook = onWindowStart();
    windowStartedAt = performance.now();
    inWindow = true;
  }, warmUpMs);
  const windowEnd = setTimeout(() => {
    inWindow = false;
    windowEndedAt = performance.now();
    stopping = true;
    endHook = onWindowEnd();
  }, warmUpMs + measureMs);

  await Promise.all(
    workers.map(async (worker) => {
      while (!stopping) await worker.step(worker.tools);
    }),
  );
  clearTimeout(windowStart);
  clearTimeout(windowEnd);
  await closeAll();

  const seconds = (windowEndedAt - windowStartedAt) / 1000;
  return {
    seconds,
    atWindowStart: await startHook,
    atWindowEnd: await endHook,
    requests: latencies.length,
    latencies: latencies.sort((a, b) => a - b),
    latenciesByLabel: new Map(
      [...latenciesByLabel]
        .filter(([, values]) => values.length > 0)
        .map(([label, values]) => [label, values.sort((a, b) => a - b)]),
    ),
    counts,
    errors,
    lastError,
  };
}

/** The nearest-rank percentile `p` (0–1) of an ascending array; NaN when it is empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
