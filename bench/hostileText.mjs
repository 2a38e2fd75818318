// What hostile text costs everyone else: a bystander's turns and the event loop's delay while
// long, number-heavy messages arrive, against the same bystander turns with no such load, in
// the same run. Run with `npm run bench` (builds first). Loopback only; bounded in count.
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as pause } from 'node:timers/promises';
import { loadConfig } from '../dist/config/config.js';
import { compileRegularExpressionsAtOnce } from '../dist/process/regexpCompilation.js';
import { startBot } from '../dist/server/startBot.js';

// As `node dist/main.js` runs: V8 compiles each pattern on its first run.
compileRegularExpressionsAtOnce();

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const silent = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silent;
  },
};

const bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), silent);
// Measured once it is ready, as a load balancer sends it traffic: after the warm-up.
while ((await fetch(`${bot.url}/readyz`)).status !== 200) await pause(20);
const nearLimit = 4900;
const hostileTexts = {
  '8 KB of "1 1 1"': '1 '.repeat(4096),
  '64 KB of digits': '1234567890'.repeat(6554),
  '4.9 KB of "1 1 1"': '1 '.repeat(nearLimit / 2),
  '4.9 KB of dates and numbers': '12/3 415 555 0100, by 7 '.repeat(nearLimit / 24),
  'a date and 4.9 KB of spaces and commas': `Friday 5pm${' ,'.repeat(nearLimit / 2)}`,
  '4.9 KB of prose with deadlines':
    'the printer on floor 3 jams every tuesday at 5 and by friday it is worse, '.repeat(
      nearLimit / 74,
    ),
};

/** Sent in Spanish: what once stalled the Spanish recognizer, and the date cues added since. */
const spanishHostileTexts = {
  '4.9 KB of "por la mañana"': 'por la mañana '.repeat(nearLimit / 14),
  '4.9 KB of Spanish deadline cues': 'lo necesito resuelto para el mie 2 a las 9 '.repeat(
    nearLimit / 43,
  ),
  '4.9 KB of "de mañana"': 'de mañana '.repeat(nearLimit / 10),
};

async function say(conversationId, text, locale = 'en-GB') {
  const started = performance.now();
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      channelId: 'emulator',
      deliveryMode: 'expectReplies',
      from: { id: `user-${conversationId}` },
      recipient: { id: 'bot' },
      conversation: { id: conversationId },
      locale,
      text,
    }),
  });
  await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

/** Bystander turns (start an intake, give a name), optionally with hostile messages alongside. */
async function scenario(hostile) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const bystanderMs = [];
  const cpuAtStart = process.cpuUsage();
  delay.enable();
  for (let round = 0; round < rounds; round += 1) {
    const bystander = `bystander-${randomUUID()}`;
    await say(bystander, 'I would like to open a case');
    const load = hostile
      ? [
          ...Object.values(hostileTexts).map((text) => say(`hostile-${randomUUID()}`, text)),
          ...Object.values(spanishHostileTexts).map((text) =>
            say(`hostile-${randomUUID()}`, text, 'es-ES'),
          ),
        ]
      : [];
    bystanderMs.push(await say(bystander, 'Laptop screen flickers'));
    await Promise.all(load);
  }
  delay.disable();
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    delay,
    bystanderMs: bystanderMs.sort((a, b) => a - b),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const ms = (nanoseconds) => (nanoseconds / 1e6).toFixed(1);

/** Each hostile message alone, once the scenarios have run: its CPU, median of five sends. */
async function eachAlone() {
  const texts = [
    ...Object.entries(hostileTexts).map(([name, text]) => [name, text, 'en-GB']),
    ...Object.entries(spanishHostileTexts).map(([name, text]) => [name, text, 'es-ES']),
  ];
  const costs = [];
  for (const [name, text, locale] of texts) {
    const runs = [];
    for (let run = 0; run < 5; run += 1) {
      const start = process.cpuUsage();
      await say(`alone-${randomUUID()}`, text, locale);
      const used = process.cpuUsage(start);
      runs.push((used.user + used.system) / 1000);
    }
    costs.push([name, runs.sort((a, b) => a - b)[2]]);
  }
  return costs;
}

const baseline = await scenario(false);
const loaded = await scenario(true);
const alone = await eachAlone();
await bot.close();

const hostilePerRound = Object.keys(hostileTexts).length + Object.keys(spanishHostileTexts).length;
console.log(
  `Hostile text: ${rounds} rounds; each loaded round sends ${hostilePerRound} hostile messages beside one bystander turn.`,
);
console.log(
  `CPU per hostile message (loaded minus baseline, client and bot in one process): ${((loaded.cpuMs - baseline.cpuMs) / (rounds * hostilePerRound)).toFixed(1)} ms; per bystander round alone: ${(baseline.cpuMs / rounds).toFixed(1)} ms`,
);
console.log('| | bystander p50 | bystander max | event-loop delay p50 | p99 | max |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [label, run] of [
  ['baseline: bystander alone', baseline],
  ['with hostile messages', loaded],
]) {
  console.log(
    `| ${label} | ${percentile(run.bystanderMs, 0.5).toFixed(1)} ms | ${run.bystanderMs.at(-1).toFixed(1)} ms | ${ms(run.delay.percentile(50))} ms | ${ms(run.delay.percentile(99))} ms | ${ms(run.delay.max)} ms |`,
  );
}
console.log('');
console.log('| hostile message, sent alone (in a new conversation) | CPU, median of 5 |');
console.log('| --- | ---: |');
for (const [name, cpuMs] of alone) console.log(`| ${name} | ${cpuMs.toFixed(1)} ms |`);
