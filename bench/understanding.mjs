// Per-turn CPU cost of reading a message, against the cost of one bare date recognition.
// Run with `npm run bench` (builds first). Prints a table; numbers are CPU time per call.
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { readAnswer, readOpeningMessage } from '../dist/cases/messageUnderstanding.js';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 300);
const warmUp = 50;
const now = new Date('2026-11-28T12:00:00.000Z');
const context = { now, timeZone: 'Europe/London', culture: 'en-gb', phoneRegion: 'GB' };
const reference = new Date(2026, 10, 28, 12, 0);
const opening =
  'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018';

const cases = [
  [
    'baseline: one recognizeDateTime("tomorrow 5pm")',
    () => recognizeDateTime('tomorrow 5pm', 'en-gb', 0, reference),
  ],
  [
    'baseline: one recognizeDateTime(opening message)',
    () => recognizeDateTime(opening, 'en-gb', 0, reference),
  ],
  [
    'turn: readAnswer(dueDate, "tomorrow 5pm")',
    () => readAnswer('dueDate', 'tomorrow 5pm', context),
  ],
  [
    'turn: readAnswer(email, "ann@contoso.com")',
    () => readAnswer('email', 'ann@contoso.com', context),
  ],
  [
    'turn: readAnswer(name, "Printer jams on duplex")',
    () => readAnswer('name', 'Printer jams on duplex', context),
  ],
  ['turn: readOpeningMessage(opening message)', () => readOpeningMessage(opening, context)],
];

/** CPU milliseconds of each call, so a busy neighbour on the machine counts less than wall time would. */
function measure(run) {
  for (let i = 0; i < warmUp; i++) run();
  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5), p95: at(0.95) };
}

console.log(
  `node ${process.version}, ${iterations} iterations after ${warmUp} warm-up, CPU ms per call`,
);
console.log(`${'case'.padEnd(54)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
const results = cases.map(([name, run]) => ({ name, ...measure(run) }));
for (const { name, median, p95 } of results) {
  console.log(`${name.padEnd(54)} ${median.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}`);
}
const [short, long] = results;
const median = (prefix) => results.find((result) => result.name.startsWith(prefix))?.median ?? 0;
console.log(
  `\nan answer turn costs ${(median('turn: readAnswer(dueDate') / short.median).toFixed(1)}× one short date recognition;` +
    ` the opening message ${(median('turn: readOpeningMessage') / long.median).toFixed(2)}× one recognition of the same text`,
);
