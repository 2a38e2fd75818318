import { readAnswer } from './messageUnderstanding.js';
import { recognitionCultures } from './recognitionCulture.js';

/** A message that makes every recognizer (dates, e-mails, phones) run. */
const everyField = 'by tomorrow at 5pm, ann@contoso.com, +1 415 555 0100';

/**
 * Runs every recognizer once in each culture. Their first call in a process builds their models
 * and costs hundreds of milliseconds; without this, the first user of each language pays it, and
 * every other conversation waits behind them.
 */
export function warmUpRecognizers(): void {
  for (const culture of recognitionCultures) {
    readAnswer('dueDate', everyField, {
      now: new Date(),
      timeZone: 'UTC',
      phoneRegion: 'US',
      culture,
    });
  }
}
