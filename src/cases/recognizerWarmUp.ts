import { setTimeout as pause } from 'node:timers/promises';
import { readAnswer, readOpeningMessage } from './messageUnderstanding.js';
import { recognitionCultures } from './recognitionCulture.js';

/**
 * Between two readers: a request that waited (a health check) is accepted, read and answered in
 * a few turns of the event loop, which take well under a millisecond when nothing else runs.
 */
const pauseBetweenSamplesMs = 1;

/**
 * Messages that make each recognizer run, one at a time, in each language: chrono-node, the
 * date grammars and Recognizers-Text (a phrase only it reads), the e-mail recognizer,
 * libphonenumber.
 */
const samples: Record<'en' | 'es', readonly string[]> = {
  en: ['by tomorrow at 5pm', 'before the 15th of next month', 'ann@contoso.com', '+1 415 555 0100'],
  es: [
    'mañana a las 5',
    'el viernes que viene',
    'antes del 15 del mes que viene',
    'ana@contoso.es',
  ],
};

/**
 * A first message with a problem, a deadline and contacts, read as an opening: the readers of the
 * rest of the message (the case's name and description, the greetings and requests cut from
 * them) run on it, which no answer above reaches. Without it the first opening of a process
 * costs 7–10 ms more than the next.
 */
const openings: Record<'en' | 'es', string> = {
  en: 'hi, Outlook crashes when I open attachments, please fix by Friday 5pm, reach me at ann@contoso.com or +1 415 555 0100',
  es: 'hola, no anda la vpn desde esta mañana, lo necesito para el lunes a las 10, mi correo es ana@contoso.es',
};

/**
 * Runs every recognizer once in each culture. Their first call in a process builds their models
 * and costs hundreds of milliseconds; without this, the first user of each language pays it, and
 * every other conversation waits behind them. One recognizer of one culture at a time, letting
 * the event loop run between them (a health check is answered between two), since the server
 * already listens; a shutdown stops it between two.
 */
export async function warmUpRecognizers(stop?: AbortSignal): Promise<'warm' | 'stopped'> {
  for (const culture of recognitionCultures) {
    const language = culture.startsWith('es') ? 'es' : 'en';
    const context = { now: new Date(), timeZone: 'UTC', phoneRegion: 'US', culture };
    const readings = [
      ...samples[language].map((sample) => () => readAnswer('dueDate', sample, context)),
      () => readOpeningMessage(openings[language], context),
    ];
    for (const read of readings) {
      if (stop?.aborted) return 'stopped';
      read();
      await pause(pauseBetweenSamplesMs);
    }
  }
  // A shutdown during the last culture: the process is closing, not ready.
  return stop?.aborted ? 'stopped' : 'warm';
}
