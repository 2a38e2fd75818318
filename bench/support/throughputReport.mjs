// The markdown bench/throughput.mjs prints and writes under bench/results/: each load row beside
// the echo bot of the same run, with issue #9's targets (as ratios to the echo bot, or in ms)
// marked pass or fail.
import { median } from './startupAndFirstTurn.mjs';

/**
 * A row's ratios to the echo bot: the median of its rounds' (bench/support/rounds.mjs), with
 * their range, or, for a row run once, against the echo bot's figures.
 */
function ratiosOf(row, echo) {
  const once = (value) => ({ median: value, min: value, max: value });
  return row.ratios ?? { rps: once(row.rps / echo.rps), cpu: once(row.cpuMs / echo.cpuMs) };
}

/** Issue #9's targets for the load rows, keyed by row. */
const loadTargets = {
  midIntake: [
    { name: 'throughput ≥ 0.5× echo', pass: (ratios) => ratios.rps.median >= 0.5 },
    { name: 'CPU ≤ 2× echo', pass: (ratios) => ratios.cpu.median <= 2 },
    { name: 'p99 < 100 ms', pass: (_ratios, row) => row.p99 < 100 },
  ],
  longOpening: [{ name: 'throughput ≥ 0.3× echo', pass: (ratios) => ratios.rps.median >= 0.3 }],
};

const verdict = (passed) => (passed ? 'pass' : '**FAIL**');

/** The whole report, as markdown. */
export function formatReport({ meta, rows, wholeCase, startups }) {
  const echo = rows.find((row) => row.key === 'echo');
  const lines = [
    `# Throughput, ${meta.date}`,
    '',
    `\`${meta.command}\``,
    '',
    `Machine: ${meta.machine}; node ${meta.node}. Load average (1 min) ${meta.loadBefore} before the run, ${meta.loadAfter} after; the machine is shared, so request rates move more than CPU per request does.`,
    `Each load row: ${meta.concurrency} concurrent requests (one conversation each for the bot) over their own connections (one undici Client each) from the bench process, ${meta.warmUpSeconds} s warm-up, then ${meta.seconds} s measured; every server in a child process of its own on 127.0.0.1, one at a time. The first four rows ran in ${meta.rounds} rounds (each round every row once, in this order, each with a fresh server): their requests/s, CPU and event-loop figures are the medians of the rounds (the event loop's max is the highest), p50 and p99 are over every request of every round, and a ratio to the echo bot is the median of each round's ratio to the echo bot of that round, its range in brackets. CPU per request is the server process's utime + stime (/proc, all its threads) over the window divided by the requests answered in it. Event-loop delay is measured inside the server (perf_hooks.monitorEventLoopDelay, 1 ms timer, preloaded with --import).`,
    `The bot: \`node dist/main.js\` as \`npm start\` runs it (local mode, no MicrosoftAppId), ${meta.storage}.`,
    '',
    '| | requests/s | p50 | p99 | CPU per request | event-loop delay p50 / p99 / max | throughput ÷ echo | CPU ÷ echo | issue #9 targets |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const ratios = ratiosOf(row, echo);
    const targets = (loadTargets[row.key] ?? [])
      .map((target) => `${target.name}: ${verdict(target.pass(ratios, row))}`)
      .join('; ');
    const isEcho = row === echo;
    lines.push(
      `| ${row.label} | ${count(row.rps)} | ${ms(row.p50)} | ${ms(row.p99)} | ${cpu(row.cpuMs)} | ${loop(row.loop)} | ${isEcho ? 'baseline' : ratioRange(ratios.rps)} | ${isEcho ? 'baseline' : ratioRange(ratios.cpu)} | ${targets || '—'} |`,
    );
  }

  if (wholeCase) {
    const { row, sandboxCpuMs, sandboxTotals } = wholeCase;
    const created = row.counts.get('cases created') ?? 0;
    const queued = row.counts.get('cases queued') ?? 0;
    const yes = row.byLabel.get('yes');
    lines.push(
      '',
      `**Complete cases end to end, ${meta.concurrency} concurrent users:** ${(created / row.seconds).toFixed(1)} cases/s (${created} "yes" turns answered with the case's reference in ${row.seconds.toFixed(1)} s${queued ? `, ${queued} answered "queued"` : ''}); each case is 7 turns (an opening, five answers, "yes"). The "yes" turn: p50 ${ms(yes?.p50)}, p99 ${ms(yes?.p99)}. CPU per complete case: ${cpu(created ? row.cpuTotalMs / created : Number.NaN)} in the bot, ${cpu(created ? sandboxCpuMs / created : Number.NaN)} in the sandbox. The sandbox created ${sandboxTotals?.cases ?? '?'} cases in the whole row (warm-up included) from ${sandboxTotals?.createCalls ?? '?'} createCase calls. No target in the issue.`,
      `The sandbox's limit is lifted by running it in its own process with ratePerMinute ${count(meta.sandboxRatePerMinute)} and pointing the bot at it as a remote tenant (KORE_BASE_URL, KORE_CLIENT_ID/SECRET, KORE_REQUESTS_PER_MINUTE=${count(meta.sandboxRatePerMinute)}), as scripts/soak.mjs does, so the sandbox's own work is measured apart from the bot's. (A bot started with its own sandbox takes SANDBOX_REQUESTS_PER_MINUTE=0 and KORE_REQUESTS_PER_MINUTE for the same.)`,
    );
  }

  if (startups.length > 0) {
    const column = (name) => startups.map((run) => run[name]);
    const stat = (name) => {
      const values = column(name);
      return `${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))}`;
    };
    const coldMedian = median(column('coldMs'));
    const warmMedian = median(column('warmMs'));
    lines.push(
      '',
      `**Start-up and first turn**, ${startups.length} fresh processes one after another (\`node dist/main.js\`, no probe, a new SQLite file each), polled every 5 ms. The turn is the long multi-field opening message in a new conversation, sent alone; warm is the median of ${meta.warmTurns} turns after ${meta.warmUpTurns} others in the same process.`,
      '',
      '| | median | min | max | issue #9 target |',
      '| --- | ---: | ---: | ---: | --- |',
      `| spawn to the first 200 of /healthz | ${stat('healthzMs')} | < 1.5 s: ${verdict(median(column('healthzMs')) < 1500)} |`,
      `| spawn to the first 200 of /readyz | ${stat('readyzMs')} | < 1.5 s: ${verdict(median(column('readyzMs')) < 1500)} |`,
      `| cold first turn (first request to a fresh process) | ${stat('coldMs')} | < 50 ms: ${verdict(coldMedian < 50)} |`,
      `| warm turn (same message, same process, later) | ${stat('warmMs')} | — |`,
      `| cold ÷ warm | ${ratio(coldMedian / warmMedian)} | | | — |`,
    );
  }

  lines.push('', '**Notes**', '');
  for (const row of rows) {
    const notes = [];
    if (row.byLabel.size > 1) {
      notes.push(
        `p50 by turn: ${[...row.byLabel].map(([label, latency]) => `${label} ${ms(latency.p50)}`).join(', ')}`,
      );
    }
    notes.push(
      `${count(row.requests)} requests in ${row.seconds.toFixed(1)} s${row.rounds > 1 ? ` (${row.rounds} rounds)` : ''}`,
    );
    if (row.errors) notes.push(`${row.errors} failed requests (last: ${row.lastError})`);
    const unexpected = row.counts.get('unexpected') ?? 0;
    if (unexpected) notes.push(`${unexpected} unexpected replies`);
    notes.push(`bench-process CPU ${cpu(row.driverCpuMs)} per request`);
    lines.push(`- ${row.label}: ${notes.join('; ')}.`);
  }
  for (const note of meta.notes) lines.push(`- ${note}`);
  return `${alignTables(lines).join('\n')}\n`;
}

/**
 * Pads every markdown table's cells to its column's width (right-aligned columns on the left),
 * as the project's formatter (Biome) writes tables, so the file passes `npm run lint` and reads
 * well as plain text.
 */
function alignTables(lines) {
  const out = [];
  for (let start = 0; start < lines.length; ) {
    if (!lines[start].startsWith('|')) {
      out.push(lines[start]);
      start += 1;
      continue;
    }
    let end = start;
    while (end < lines.length && lines[end].startsWith('|')) end += 1;
    const rows = lines.slice(start, end).map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
    const right = rows[1].map((cell) => cell.endsWith(':'));
    const widths = rows[1].map((_, column) =>
      Math.max(3, ...rows.map((row, index) => (index === 1 ? 0 : width(row[column])))),
    );
    for (const [index, row] of rows.entries()) {
      const cells = row.map((cell, column) => {
        if (index === 1)
          return right[column] ? `${'-'.repeat(widths[column] - 1)}:` : '-'.repeat(widths[column]);
        const padding = ' '.repeat(widths[column] - width(cell));
        return right[column] ? padding + cell : cell + padding;
      });
      out.push(`| ${cells.join(' | ')} |`);
    }
    start = end;
  }
  return out;
}

const width = (text) => [...text].length;

function count(value) {
  return Math.round(value).toLocaleString('en-US');
}

function ms(value) {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ms`;
}

function cpu(value) {
  if (!Number.isFinite(value)) return '—';
  return `${value >= 10 ? value.toFixed(1) : value.toPrecision(2)} ms`;
}

/** A median ratio, with its range over the rounds when they differ. */
function ratioRange({ median: middle, min, max }) {
  return min === max ? ratio(middle) : `${ratio(middle)} (${ratio(min)}–${ratio(max)})`;
}

function ratio(value) {
  return Number.isFinite(value) ? `${value >= 10 ? value.toFixed(1) : value.toPrecision(2)}×` : '—';
}

function loop(delay) {
  return delay ? `${ms(delay.p50)} / ${ms(delay.p99)} / ${ms(delay.max)}` : '—';
}
