import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createOutcomeDelivery } from '../../src/bot/outcomeDelivery.js';
import { createMemoryRecordStore } from '../../src/storage/memoryRecordStore.js';
import { recordingLogger } from '../support/recordingLogger.js';

/** What the outbox keeps for a chat in Web Chat (expectReplies: no channel service to post to). */
const keptFor = (locale: string) => ({
  reference: { conversation: { id: 'conv-1' } },
  locale,
  timeZone: 'Europe/Berlin',
  draftName: 'Printer *3* jams',
  format: 'text',
  proactive: false,
});

async function keptText(
  locale: string,
  news: Parameters<ReturnType<typeof createOutcomeDelivery>>[1],
): Promise<string | undefined> {
  const records = createMemoryRecordStore();
  const deliver = createOutcomeDelivery({
    records,
    logger: recordingLogger(),
    sendLater: async () => {
      throw new Error('not proactive');
    },
  });
  await deliver(keptFor(locale), news);
  const texts: (string | undefined)[] = [];
  for await (const listed of records.list('notice/conv-1/')) {
    const kept = await records.get<{ activity: Partial<Activity> }>(listed.key);
    texts.push(kept?.value.activity.text);
  }
  expect(texts).toHaveLength(1);
  return texts[0];
}

describe('news of a queued draft, kept for the next message', () => {
  const sentAt = Date.parse('2026-11-28T12:05:00Z');

  it('says an unconfirmed case was sent when, under its name, and not sent again', async () => {
    expect(await keptText('en-GB', { ok: false, kind: 'unconfirmed', sentAt })).toBe(
      'I sent your case "Printer \\*3\\* jams" at Sat 28 Nov 2026, 13:05 (Europe/Berlin), but I cannot confirm that it was created: the case system holds more cases of that name from that time than I can check. So that you do not get two, I have not sent it again. Please ask support to look for it.',
    );
    expect(await keptText('es-ES', { ok: false, kind: 'unconfirmed', sentAt })).toMatch(
      /^Envié tu caso «Printer \\\*3\\\* jams» el .*13:05.*no lo he vuelto a enviar/,
    );
  });

  it('says why a queued case takes longer: the credentials, or an outage', async () => {
    const auth = { ok: false, kind: 'delayed', error: { kind: 'auth', status: 401 } } as const;
    const outage = {
      ok: false,
      kind: 'delayed',
      error: { kind: 'unavailable', reason: 'HTTP 503' },
    } as const;
    expect(await keptText('en-GB', auth)).toMatch(/refusing my credentials.*not yours/);
    expect(await keptText('en-GB', outage)).toMatch(/^Your case is taking longer than I said/);
    expect(await keptText('es-ES', auth)).toMatch(/rechazando mis credenciales/);
  });
});
