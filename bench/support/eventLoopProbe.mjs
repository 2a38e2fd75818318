// Preloaded into a server under test (`node --import <this file> dist/main.js`), so its event-loop
// delay can be measured under load without touching the server's code. It samples the delay with
// perf_hooks.monitorEventLoopDelay and, on each SIGUSR2, prints one line
//   eventLoopDelay {"p50":…,"p99":…,"max":…,"samples":…,"resolutionMs":…}
// in ms for the time since the previous SIGUSR2 (or since start), then starts afresh. The bench
// sends one SIGUSR2 when its measured window opens (that report is discarded) and one when it
// closes.
//
// The histogram records the time between two ticks of a 1 ms timer, so an idle loop reads about
// 1 ms and a turn that holds the loop for 40 ms shows as about 41 ms.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const resolutionMs = 1;
const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
histogram.enable();

const ms = (nanoseconds) => Math.round(nanoseconds / 1e4) / 100;

process.on('SIGUSR2', () => {
  const report = {
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    samples: histogram.count,
    resolutionMs,
  };
  process.stdout.write(`eventLoopDelay ${JSON.stringify(report)}\n`);
  histogram.reset();
});
