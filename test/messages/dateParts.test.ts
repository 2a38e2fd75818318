import { describe, expect, it } from 'vitest';
import { dateParts } from '../../src/messages/dateParts.js';

describe('the parts of an instant in a zone and language', () => {
  it('are each zone’s own, however many zones and languages are asked for in turn', () => {
    const instant = '2026-11-28T12:00:00.000Z';
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    for (const locale of ['en-GB', 'es-ES']) {
      for (const timeZone of zones) {
        const expected = new Intl.DateTimeFormat(locale, {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone,
        }).formatToParts(new Date(instant));
        const parts = dateParts(locale, instant, timeZone);
        expect(parts.hour, timeZone).toBe(expected.find((part) => part.type === 'hour')?.value);
        expect(parts.minute, timeZone).toBe(expected.find((part) => part.type === 'minute')?.value);
      }
    }
    expect(dateParts('es-ES', instant, 'Europe/Madrid')).toMatchObject({
      weekday: 'sáb',
      day: '28',
      hour: '13',
    });
  });
});
