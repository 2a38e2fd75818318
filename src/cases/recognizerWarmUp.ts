import { setTimeout as pause } from 'node:timers/promises';
import { readAnswer } from './messageUnderstanding.js';
import { recognitionCultures } from './recognitionCulture.js';

/** A message that makes every recognizer (dates, e-mails, phones) run. */
const everyField = 'by tomorrow at 5pm, ann@contoso.com, +1 415 555 0100';
/** Long enough for the requests that waited (a health check) to be read and answered. */
const pauseBetweenCulturesMs = 20;

/**
 * Runs every recognizer once in each culture. Their first call in a process builds their models
 * and costs hundreds of milliseconds; without this, the first user of each language pays it, and
 * every other conversation waits behind them. One culture at a time, letting the event loop
 * run between them (a health check is answered between two), since the server already listens;
 * a shutdown stops it between two.
 */
export async function warmUpRecognizers(stop?: AbortSignal): Promise<'warm' | 'stopped'> {
  for (const culture of recognitionCultures) {
    if (stop?.aborted) return 'stopped';
    readAnswer('dueDate', everyField, {
      now: new Date(),
      timeZone: 'UTC',
      phoneRegion: 'US',
      culture,
    });
    await pause(pauseBetweenCulturesMs);
  }
  // A shutdown during the last culture: the process is closing, not ready.
  return stop?.aborted ? 'stopped' : 'warm';
}
