import { describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { spanish as es } from '../../src/messages/es/catalog.js';
import { type ChatUser, intakeChat } from '../support/intakeChat.js';
import { answerUpTo, berlin, useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();

const london: ChatUser = {
  from: { id: 'user-ann', name: 'Ann Lee' },
  localTimezone: 'Europe/London',
  locale: 'en-GB',
};
const londonContext = { ...berlin, timeZone: 'Europe/London' };

describe('the intake understands free-form messages', () => {
  it('takes several fields from the opening message, says what it understood and asks only for the rest', async () => {
    const chat = intakeChat(api.deps, london);
    const replies = await chat.say(
      'My printer on floor 3 jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or +44 20 7946 0018',
    );
    expect(replies).toEqual([
      { text: en.intakeStart },
      {
        text: [
          en.understood,
          '',
          '- Description: My printer on floor 3 jams on every duplex job',
          '- E-mail: ann@contoso\\.com',
          '- Phone: +44 20 7946 0018',
          '- Due date: Fri 4 Dec 2026, 17:00 (Europe/London)',
        ].join('\n'),
      },
      {
        text: en.dateReadingQuestion('Fri 4 Dec 2026, 17:00 (Europe/London)'),
        buttons: ['Yes', 'No'],
      },
    ]);

    const suggestion = 'Printer on floor 3 jams on every duplex job';
    expect(await chat.say('yes')).toEqual([
      { text: en.namePromptWithSuggestion(suggestion), buttons: [suggestion, 'Use a form'] },
    ]);
    const [summary] = await chat.texts(suggestion);
    expect(summary).toContain(`- Name: ${suggestion}`);
    await chat.say('yes');
    expect(api.sandbox.received[0]?.body).toMatchObject({
      name: suggestion,
      desc: 'My printer on floor 3 jams on every duplex job',
      emailId: 'ann@contoso.com',
      phoneNumber: '+442079460018',
      dueDate: '2026-12-04T17:00:00.000Z',
    });
  });

  it('asks for the date again when its reading is declined', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('Outlook crashes on attachments, due next Friday');
    expect(await chat.texts('no')).toEqual([en.dateReadingRejected, expect.any(String)]);
    await chat.say('Outlook crash');
    await chat.say('ann@contoso.com');
    expect(await chat.texts('+44 20 7946 0018')).toEqual([en.fieldPrompt.dueDate(londonContext)]);
  });

  it('takes another field given with an answer, notes it, and asks the same question again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    expect(await chat.texts('sure — and my number is 020 7946 0018')).toEqual([
      `${en.noted}\n\n- Phone: +44 20 7946 0018`,
      en.fieldPrompt.email(berlin),
    ]);
    expect(await chat.texts('ann@contoso.com')).toEqual([en.fieldPrompt.dueDate(berlin)]);
  });

  it('takes the answer and a deadline from one message', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    const replies = await chat.texts('ann@contoso.com, and I need it by tomorrow 5pm');
    expect(replies[0]).toBe(`${en.noted}\n\n- Due date: Sun 29 Nov 2026, 17:00 (Europe/Berlin)`);
    expect(replies[1]).toBe(en.fieldPrompt.phone(berlin));
  });

  it('offers a correction for a mistyped mail domain and takes it on "yes"', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    expect(await chat.say('ann@gmial.com')).toEqual([
      { text: en.emailTypoQuestion('ann@gmail.com'), buttons: ['Yes', 'No'] },
    ]);
    expect(await chat.texts('yes')).toEqual([en.fieldPrompt.phone(berlin)]);
    expect((await chat.texts('what have I entered'))[0]).toContain('- E-mail: ann@gmail\\.com');
  });

  it('keeps the address as typed when the correction is declined', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'email');
    await chat.say('ann@gmial.com');
    await chat.say('no');
    expect((await chat.texts('what have I entered'))[0]).toContain('- E-mail: ann@gmial\\.com');
  });

  it('proposes the e-mail the channel knows instead of asking blind', async () => {
    const chat = intakeChat(api.deps, { ...london, channelData: { email: 'Ann.Lee@Contoso.com' } });
    await chat.say('new case');
    await chat.say('VPN drops');
    expect(await chat.say('It drops every hour')).toEqual([
      { text: en.knownEmailQuestion('Ann.Lee@contoso.com'), buttons: ['Yes', 'No'] },
    ]);
    expect(await chat.texts('yes')).toEqual([en.fieldPrompt.phone(londonContext)]);
  });

  it('asks normally when the proposed e-mail is declined', async () => {
    const chat = intakeChat(api.deps, { ...london, channelData: { email: 'ann@contoso.com' } });
    await chat.say('new case');
    await chat.say('VPN drops');
    await chat.say('It drops every hour');
    expect(await chat.texts('no')).toEqual([en.fieldPrompt.email(londonContext)]);
  });

  it("reads the zone from Teams' clientInfo entity when the activity has no localTimezone", async () => {
    const chat = intakeChat(api.deps, {
      from: { id: '29:ann', name: 'Ann', aadObjectId: 'aad-ann' },
      locale: 'en-US',
      entities: [{ type: 'clientInfo', locale: 'en-US', timezone: 'America/Los_Angeles' }],
    });
    await answerUpTo(chat);
    await chat.say('yes');
    expect(api.sandbox.received[0]?.body).toMatchObject({ dueDate: '2027-03-15T21:00:00.000Z' });
  });
});

describe('the intake in Spanish', () => {
  const ana: ChatUser = {
    from: { id: 'user-ana', name: 'Ana García' },
    localTimezone: 'Europe/Madrid',
    locale: 'es-ES',
  };
  const madrid = {
    ...berlin,
    timeZone: 'Europe/Madrid',
    phoneRegion: 'ES',
    phoneExample: { international: '+34 612 34 56 78', national: '612 34 56 78' },
  };

  it('speaks Spanish, reads dates day-first and sends the language to the API', async () => {
    const deps = { ...api.deps, defaults: { timeZone: 'UTC', phoneRegion: 'ES' } };
    const chat = intakeChat(deps, ana);
    expect(await chat.texts('Hola, quiero abrir un caso')).toEqual([
      es.intakeStart,
      es.fieldPrompt.name(madrid),
    ]);
    expect(await chat.texts('Impresora atascada')).toEqual([es.fieldPrompt.description(madrid)]);
    expect(await chat.texts('Se atasca con cada trabajo a doble cara.')).toEqual([
      es.fieldPrompt.email(madrid),
    ]);
    expect(await chat.texts('ana@correo.es')).toEqual([es.fieldPrompt.phone(madrid)]);
    expect(await chat.texts('612 34 56 78')).toEqual([es.fieldPrompt.dueDate(madrid)]);
    const [summary] = await chat.texts('03/04/2027 14:00');
    expect(summary).toBe(es.dateReadingQuestion('sáb 3 abr 2027, 14:00 (Europe/Madrid)'));
    const [review] = await chat.texts('sí');
    expect(review).toContain('- Fecha límite: sáb 3 abr 2027, 14:00 (Europe/Madrid)');
    expect(await chat.texts('sí')).toEqual([
      'Tu caso CS000001 está abierto y asignado a Priya Raman. Vence el sáb 3 abr 2027, 14:00 (Europe/Madrid).',
    ]);
    expect(api.sandbox.received[0]?.headers).toMatchObject({
      'bot-language': 'es',
      'app-language': 'es',
    });
    expect(api.sandbox.received[0]?.body).toMatchObject({
      phoneNumber: '+34612345678',
      dueDate: '2027-04-03T12:00:00.000Z',
    });
  });

  it('understands Spanish commands', async () => {
    const chat = intakeChat(api.deps, ana);
    await chat.say('nuevo caso');
    await chat.say('Impresora atascada');
    expect((await chat.texts('qué he escrito'))[0]).toContain(
      `${es.statusIntro}\n\n- Nombre: Impresora atascada`,
    );
    expect(await chat.texts('atrás')).toEqual([es.editPrompt('Nombre', 'Impresora atascada')]);
    expect(await chat.texts('cancelar')).toEqual([es.cancelQuestion]);
    expect(await chat.texts('sí')).toEqual([es.cancelled]);
  });
});

describe('the whole problem told at the name question', () => {
  it('is the description, with what else it gives, and the name is asked with a title from it', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('open a case');

    const replies = await chat.texts(
      'my printer jams on every duplex job, please fix by Friday 5pm, reach me at ann@contoso.com or 07400 123456',
    );
    expect(replies[0]).toContain('- Description: my printer jams on every duplex job');
    expect(replies[0]).toContain('- Phone: +44 7400 123456');
    expect(await chat.texts('yes')).toEqual([
      en.namePromptWithSuggestion('Printer jams on every duplex job'),
    ]);
  });

  it('is the description when it is two sentences, even alone', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('open a case');

    expect((await chat.texts('VPN drops. It happens every hour.')).at(-1)).toBe(
      en.namePromptWithSuggestion('VPN drops'),
    );
  });

  it('leaves a long title a title', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('open a case');

    expect(
      await chat.texts('Outlook crashes when opening attachments from external senders'),
    ).toEqual([en.fieldPrompt.description(londonContext)]);
  });
});

describe('a suggested name from a long first sentence', () => {
  it.each([
    [
      'Sharepoint permissions - i cant edit the Q4 budget file even though i could last week and the owner is away',
      'Sharepoint permissions',
    ],
    [
      'The shared mailbox for the finance team stopped receiving invoices from our largest supplier this morning',
      'Shared mailbox for the finance team stopped receiving',
    ],
  ])('is cut at a clause or between words, with no "…": "%s"', async (opener, name) => {
    const chat = intakeChat(api.deps, london);

    expect((await chat.texts(opener)).at(-1)).toBe(en.namePromptWithSuggestion(name));
  });
});

describe('answers with what only greets or asks for a case around them', () => {
  const luis: ChatUser = {
    from: { id: 'user-luis', name: 'Luis Pardo' },
    localTimezone: 'America/Mexico_City',
    locale: 'es-MX',
  };

  it.each([
    ['ok. new laptop setup', 'New laptop setup'],
    ['Kindly raise a ticket for printer issue', 'Printer issue'],
  ])('"%s" at the name question names the case "%s"', async (said, name) => {
    const chat = intakeChat(api.deps, london);
    await chat.say('open a case');
    await chat.say(said);
    await answerUpTo(chat, 'email');
    const [listed] = await chat.texts('what have I entered?');
    expect(listed).toContain(`Name: ${name}\n`);
  });

  it('a problem of nine words or more at the name question is the description, with a name from it', async () => {
    const chat = intakeChat(api.deps, luis);
    await chat.say('hola, necesito un ticket');
    const replies = await chat.texts('no jala la vpn desde la casa, me marca error de certificado');
    expect(replies[0]).toContain(
      '- Descripción: no jala la vpn desde la casa, me marca error de certificado',
    );
    expect(replies.at(-1)).toBe(
      es.namePromptWithSuggestion('No jala la vpn desde la casa, me marca error de certificado'),
    );
  });

  it('a request before the problem at the description question is cut from it', async () => {
    const chat = intakeChat(api.deps, luis);
    await chat.say('hola, necesito un ticket');
    await chat.say('Lector de barras');
    await chat.say('necesito un caso porfa: el lector de codigo de barras no lee nada');
    const [listed] = await chat.texts('q llevas?');
    expect(listed).toContain('Descripción: El lector de codigo de barras no lee nada\n');
  });
});

describe('a date alone typed where free text is asked', () => {
  it('is the due date, not the name, and the name is asked again', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('open a case');
    const replies = await chat.texts('monday 9am');
    expect(replies.join('\n')).not.toContain('Name: monday 9am');
    expect(replies.at(-1)).toBe(en.dateReadingQuestion('Mon 30 Nov 2026, 09:00 (Europe/London)'));
    expect(await chat.texts('yes')).toEqual([en.fieldPrompt.name(londonContext)]);
    await answerUpTo(chat, 'email');
    const [listed] = await chat.texts('what have I entered?');
    expect(listed).toContain('Due date: Mon 30 Nov 2026, 09:00 (Europe/London)');
  });
});
