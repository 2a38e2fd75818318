// bench/throughput.mjs runs its load rows in rounds (bare route, echo bot, the bot's rows, then
// again), so each of the bot's rows has an echo bot measured minutes, not seconds, apart from it
// only when the machine's speed is steady: on a shared machine it is not, and one row run once
// against one echo run once moved its ratio by a third between two runs. A row's figures are the
// medians over the rounds, its latencies pooled; its ratios to the echo bot are the medians of
// each round's ratio, with their range.
import { percentile } from './loadDriver.mjs';
import { median } from './startupAndFirstTurn.mjs';

const sorted = (arrays) => arrays.flat().sort((a, b) => a - b);

/** One round's rows (each from `measure`), keyed by row. */
function byKey(rows) {
  return new Map(rows.map((row) => [row.key, row]));
}

/**
 * The rows of every round as one row per key, in the first round's order, each with `ratios`
 * to the echo bot of its own round: `{ rps: { median, min, max }, cpu: { … } }`.
 */
export function combineRounds(rounds) {
  const keyed = rounds.map(byKey);
  return rounds[0].map(({ key }) => {
    const runs = keyed.map((round) => round.get(key));
    const labels = runs[0].latenciesByLabel.keys();
    const ratio = (of) => {
      const values = keyed.map((round) => of(round.get(key), round.get('echo')));
      return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
    };
    const latencies = sorted(runs.map((run) => run.latencies));
    return {
      ...runs[0],
      rounds: runs.length,
      seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
      requests: runs.reduce((sum, run) => sum + run.requests, 0),
      rps: median(runs.map((run) => run.rps)),
      cpuMs: median(runs.map((run) => run.cpuMs)),
      cpuTotalMs: runs.reduce((sum, run) => sum + run.cpuTotalMs, 0),
      driverCpuMs: median(runs.map((run) => run.driverCpuMs)),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      loop: {
        p50: median(runs.map((run) => run.loop.p50)),
        p99: median(runs.map((run) => run.loop.p99)),
        max: Math.max(...runs.map((run) => run.loop.max)),
      },
      byLabel: new Map(
        [...labels].map((label) => {
          const pooled = sorted(runs.map((run) => run.latenciesByLabel.get(label) ?? []));
          return [label, { p50: percentile(pooled, 0.5), p99: percentile(pooled, 0.99) }];
        }),
      ),
      errors: runs.reduce((sum, run) => sum + run.errors, 0),
      lastError: runs.findLast((run) => run.lastError)?.lastError,
      counts: new Map(
        [...new Set(runs.flatMap((run) => [...run.counts.keys()]))].map((name) => [
          name,
          runs.reduce((sum, run) => sum + (run.counts.get(name) ?? 0), 0),
        ]),
      ),
      ratios: {
        rps: ratio((row, echo) => row.rps / echo.rps),
        cpu: ratio((row, echo) => row.cpuMs / echo.cpuMs),
      },
    };
  });
}
