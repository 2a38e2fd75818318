// Rows (f) and (g) of bench/throughput.mjs: how long `node dist/main.js` takes to answer its
// first 200 on /healthz and on /readyz, and what the first turn of a fresh process costs against
// a warm one. Each run is a fresh process on a fresh SQLite file, started exactly as `npm start`
// starts it (no probe preloaded); nothing else talks to it.
import { longOpeningMessage, messageActivity, repliesOf } from './activities.mjs';
import { startServer, statusOf } from './serverProcess.mjs';

/** How often the start-up is polled: the figures are this exact, give or take. */
const pollMs = 5;

/**
 * Starts the bot `runs` times, one after another. In each: the time from spawn to the first 200
 * of /healthz and of /readyz; then the long multi-field opening message in a new conversation
 * (the cold first turn), `warmUpTurns` more of them, and `warmTurns` more timed (warm). Returns
 * each run's figures in ms.
 */
export async function measureStartups({ runs, script, env, cwd, english, warmUpTurns, warmTurns }) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const bot = await startServer({
      label: 'the bot (start-up run)',
      script,
      nodeArgs: ['--disable-warning=DEP0111'],
      env: env(run),
      cwd,
      readyPath: '/healthz',
      pollMs,
    });
    try {
      const healthzMs = bot.readyAt - bot.startedAt;
      while ((await statusOf(`${bot.origin}/readyz`)) !== 200) {
        if (performance.now() - bot.startedAt > 60_000)
          throw new Error('the bot did not answer /readyz with 200 within 60 s');
        await new Promise((done) => setTimeout(done, pollMs));
      }
      const readyzMs = performance.now() - bot.startedAt;
      const turn = (index) => timedOpening(bot.origin, `startup-${run}-${index}`, english);
      const coldMs = await turn(0);
      for (let index = 1; index <= warmUpTurns; index += 1) await turn(index);
      const warm = [];
      for (let index = 0; index < warmTurns; index += 1)
        warm.push(await turn(warmUpTurns + 1 + index));
      results.push({ healthzMs, readyzMs, coldMs, warmMs: median(warm) });
    } finally {
      await bot.stop();
    }
  }
  return results;
}

/** Sends the long opening message in a new conversation; its latency in ms. */
async function timedOpening(origin, conversationId, english) {
  const started = performance.now();
  const response = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: messageActivity({
      conversationId,
      userId: `${conversationId}-user`,
      text: longOpeningMessage,
    }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  const elapsed = performance.now() - started;
  const understood = repliesOf(body).some((reply) => reply.text?.startsWith(english.understood));
  if (response.status !== 200 || !understood)
    throw new Error(`the opening message was not understood (HTTP ${response.status})`);
  return elapsed;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
