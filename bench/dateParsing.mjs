// Issue #9: date parsing per call, and accuracy on the project's date corpus
// (test/corpus/dateCorpus.ts), for the reader the bot uses and each alternative considered:
//   - Recognizers-Text alone: its first result with a future instant, read by the bot's
//     candidate rules (`candidateOf`: a date alone at 17:00, parts of the day), with none of the
//     bot's other readers and no end-of-day or zone handling;
//   - chrono-node alone: its first result read as the due date, a missing hour at the default
//     17:00, ambiguous when chrono had to imply the day, month or hour;
//   - the bot's reader (`parseDueDate`): chrono-node where it reads the phrase alone
//     (`quickDateReading`: a date written out in full, a weekday with a time), the bot's own
//     grammars where they do (`spokenDateReading`: spans, "Monday week", "mañana 17h", "end of
//     next week", "the 4th"), Recognizers-Text for the rest.
// A corpus case counts as read right when the reading (instant and whether to confirm it, or
// the reason for refusing) is exactly the one the corpus expects. CPU per call is the process's
// CPU over `--passes` passes of the whole corpus, divided by the calls. Prints a markdown table
// and writes it to bench/results/date-parsing-<date>.md. Runs dist/ (npm run bench builds it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { candidateOf } from '../dist/cases/dateCandidates.js';
import { parseDueDate, readQuickDueDate } from '../dist/cases/dueDate.js';
import { quickDateReading } from '../dist/cases/quickDateReading.js';
import { loadTypeScriptModule } from './support/loadTypeScriptModule.mjs';

const { values: options } = parseArgs({ options: { passes: { type: 'string', default: '10' } } });
const passes = Number(options.passes);
const { dateCorpus } = await loadTypeScriptModule(resolve('test/corpus/dateCorpus.ts'));
const now = new Date('2026-11-28T12:00:00.000Z');
const defaultHour = 17;
const horizonDays = 365;

const wallClock = (zone) => {
  const wall = DateTime.fromJSDate(now, { zone });
  return new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
};

/** chrono-node alone, read with the bot's house rules (17:00 for a bare date, a year ahead). */
function chronoAlone(text, { timeZone, culture }) {
  const parser = culture === 'en-gb' ? chrono.en.GB : culture === 'es-es' ? chrono.es : chrono.en;
  const [first] = parser.parse(text, wallClock(timeZone), { forwardDate: true });
  if (!first) return { ok: false, problem: 'not_a_date' };
  const { start } = first;
  const at = DateTime.fromObject(
    {
      year: start.get('year'),
      month: start.get('month'),
      day: start.get('day'),
      hour: start.isCertain('hour') ? start.get('hour') : defaultHour,
      minute: start.isCertain('hour') ? start.get('minute') : 0,
    },
    { zone: timeZone },
  );
  if (at.toMillis() <= now.getTime()) return { ok: false, problem: 'in_the_past' };
  if (at.toMillis() > now.getTime() + horizonDays * 86_400_000)
    return { ok: false, problem: 'too_far' };
  const implied = !['day', 'month', 'hour'].every((unit) => start.isCertain(unit));
  return { ok: true, value: { instant: at.toUTC().toISO(), ambiguous: implied } };
}

const partsOfDay = { morningHour: 9, afternoonHour: 14, eveningHour: 18 };

/** Recognizers-Text alone: its first result that means a future instant, by `candidateOf`. */
function recognizerAlone(text, { timeZone, culture }) {
  const nowThere = DateTime.fromJSDate(now, { zone: timeZone });
  const results = recognizeDateTime(text, culture, 0, wallClock(timeZone));
  const candidates = results
    .flatMap((result) => result.resolution?.values ?? [])
    .map((value) => candidateOf(value, nowThere, defaultHour, undefined, partsOfDay))
    .filter((candidate) => candidate?.at.isValid);
  if (candidates.length === 0) return { ok: false, problem: 'not_a_date' };
  const due = candidates.find((candidate) => candidate.at > nowThere);
  if (!due) return { ok: false, problem: 'in_the_past' };
  if (due.at > nowThere.plus({ days: horizonDays })) return { ok: false, problem: 'too_far' };
  return {
    ok: true,
    value: { instant: due.at.toJSDate().toISOString(), ambiguous: due.ambiguous },
  };
}

const readers = [
  ['Recognizers-Text alone', recognizerAlone],
  ['chrono-node alone', chronoAlone],
  [
    'the bot: chrono-node or its own grammars where they read the phrase alone, else Recognizers-Text',
    parseDueDate,
  ],
];

const expectedOf = ({ expected, ambiguous }) =>
  ambiguous === undefined
    ? { ok: false, problem: expected }
    : { ok: true, value: { instant: expected, ambiguous } };

function measure(read) {
  const contextOf = ({ zone, culture }) => ({ now, timeZone: zone, culture });
  const right = dateCorpus.filter(
    (entry) =>
      JSON.stringify(read(entry.text, contextOf(entry))) === JSON.stringify(expectedOf(entry)),
  ).length;
  for (const entry of dateCorpus) read(entry.text, contextOf(entry));
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass++)
    for (const entry of dateCorpus) read(entry.text, contextOf(entry));
  const used = process.cpuUsage(start);
  return { right, cpuMs: (used.user + used.system) / 1000 / (passes * dateCorpus.length) };
}

const byChrono = dateCorpus.filter((entry) =>
  quickDateReading(entry.text, entry.culture, entry.zone, wallClock(entry.zone)),
).length;
const atOnce = dateCorpus.filter((entry) =>
  readQuickDueDate(entry.text, { now, timeZone: entry.zone, culture: entry.culture }),
).length;
const rows = readers.map(([name, read]) => ({ name, ...measure(read) }));
const baseline = rows[0];
const lines = [
  `# Date parsing: ${new Date().toISOString()}`,
  '',
  '`node bench/dateParsing.mjs`',
  '',
  `node ${process.version}; load average (1 min) ${loadavg()[0].toFixed(2)}. The corpus: ${dateCorpus.length} due dates in English (US and UK) and Spanish, in zones on both sides of daylight-saving changes, read at Saturday 28 November 2026, 12:00 UTC; ${passes} timed passes after one untimed.`,
  '',
  '| reader | CPU per call | ÷ Recognizers-Text | read right | corpus |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${row.cpuMs.toFixed(3)} ms | ${(row.cpuMs / baseline.cpuMs).toFixed(2)}× | ${row.right} | ${((row.right / dateCorpus.length) * 100).toFixed(0)} % |`,
  ),
  '',
  `The bot's reader took ${atOnce} of the ${dateCorpus.length} corpus dates at once (${byChrono} by chrono-node, the rest by its own grammars); Recognizers-Text read the rest (dates without a time or year, weekdays that are today or come with "next" or "last", bare hours, end-of-day phrases, day/month pairs that read both ways, most Spanish).`,
];
const report = lines.join('\n');
console.log(report);
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/date-parsing-${new Date()
  .toISOString()
  .replace(/:/g, '-')
  .replace(/\.\d+Z$/, 'Z')}.md`;
writeFileSync(file, `${report}\n`);
console.log(`\ndateParsing: written to ${resolve(file)}`);
