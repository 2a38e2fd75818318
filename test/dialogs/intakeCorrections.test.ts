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
const madrid: ChatUser = {
  from: { id: 'user-ana', name: 'Ana Ruiz' },
  localTimezone: 'Europe/Madrid',
  locale: 'es-ES',
};
const description = 'Outlook crashes when I open attachments';

/** A conversation in Spanish from Madrid with every field answered: at the summary. */
async function spanishChatAtSummary() {
  const chat = intakeChat(api.deps, madrid);
  await chat.say('caso nuevo');
  for (const answer of [
    'La VPN se cae',
    'Se cae cada hora.',
    'ana@contoso.es',
    '+34 699 99 99 99',
    '15 de marzo de 2027 a las 14:00',
  ])
    await chat.say(answer);
  return chat;
}

describe('people answer a proposal with a yes, a no, or something better', () => {
  it.each(['yes', 'sure', 'that works', 'ok'])(
    'takes the suggested case name on "%s", and never names the case so',
    async (yes) => {
      const chat = intakeChat(api.deps, london);
      await chat.say(description);
      expect(await chat.texts(yes)).toEqual([en.fieldPrompt.email(berlin)]);
      expect((await chat.texts('what have I entered?'))[0]).toContain(`- Name: ${description}`);
    },
  );

  it('asks for a name of its own when the suggestion is declined', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say(description);
    expect(await chat.say('no')).toEqual([
      { text: en.fieldPrompt.name(berlin), buttons: ['Use a form'] },
    ]);
    expect(await chat.texts('Outlook crash')).toEqual([en.fieldPrompt.email(berlin)]);
  });

  it('takes another e-mail given with the no to the one it knows', async () => {
    const chat = intakeChat(api.deps, london, { intake: { knownEmail: 'ann@contoso.com' } });
    await chat.say('new case');
    await chat.say('VPN drops');
    expect(await chat.texts('It drops every hour.')).toEqual([
      en.knownEmailQuestion('ann@contoso.com'),
    ]);
    expect(await chat.texts('no, use bob@contoso.com instead')).toEqual([
      en.fieldPrompt.phone(berlin),
    ]);
    expect((await chat.texts('what have I entered?'))[0]).toContain('- E-mail: bob@contoso\\.com');
  });

  it('takes a new date given with the no to a reading, and confirms that one', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('Printer jams, fix by Friday 5pm');
    expect(await chat.texts('no, Thursday 10am')).toEqual([
      en.dateReadingQuestion('Thu 3 Dec 2026, 10:00 (Europe/London)'),
    ]);
    expect(await chat.texts('yes')).toEqual([
      expect.stringContaining('What should the case be called?'),
    ]);
  });

  it('finds the field to edit in a phrase', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    await chat.say('edit');
    expect(await chat.texts('the number I gave')).toEqual([
      en.editPrompt('Phone', '+44 20 7946 0018'),
    ]);
  });

  it('takes another e-mail after a Spanish no, and the field to edit from a Spanish phrase', async () => {
    const chat = intakeChat(api.deps, madrid, { intake: { knownEmail: 'ana@contoso.es' } });
    await chat.say('caso nuevo');
    await chat.say('La VPN se cae');
    await chat.say('Se cae cada hora.');
    expect(await chat.texts('no, mejor ana.ruiz@contoso.es')).toEqual([
      es.fieldPrompt.phone({ ...berlin, timeZone: 'Europe/Madrid' }),
    ]);
  });
});

describe('phone numbers written the way of the person’s country', () => {
  it('reads a Spanish national number from an es-ES client, and gives a Spanish example when refusing', async () => {
    const chat = intakeChat(api.deps, madrid);
    await chat.say('caso nuevo');
    await chat.say('La VPN se cae');
    await chat.say('Se cae cada hora.');
    await chat.say('ana@contoso.es');
    const [refusal] = await chat.texts('12');
    expect(refusal).toContain('612 34 56 78');
    await chat.say('612 34 56 78');
    expect((await chat.texts('¿qué llevas?'))[0]).toContain('+34 612 34 56 78');
  });

  it('reads a number dialled abroad with 00', async () => {
    const chat = intakeChat(api.deps, { ...london, locale: 'en-US' });
    await answerUpTo(chat, 'phone');
    await chat.say('0049 30 12345678');
    expect((await chat.texts('what have I entered?'))[0]).toContain('- Phone: +49 30 12345678');
  });
});

describe('no phone', () => {
  it.each(["I don't have a phone", 'no phone number, sorry', 'I have no mobile', 'none'])(
    '"%s" gets why a number is needed, and the question again, without counting a miss',
    async (said) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat, 'phone');
      for (let time = 0; time < 3; time++) {
        expect(await chat.texts(said)).toEqual([
          en.phoneNeeded(berlin),
          en.fieldPrompt.phone(berlin),
        ]);
      }
    },
  );

  it.each(['no tengo teléfono', 'sin móvil'])(
    '"%s" in Spanish gets the reason too',
    async (said) => {
      const chat = intakeChat(api.deps, madrid);
      await chat.say('caso nuevo');
      await chat.say('La VPN se cae');
      await chat.say('Se cae cada hora.');
      await chat.say('ana@contoso.es');
      const [why] = await chat.texts(said);
      expect(why).toBe(
        es.phoneNeeded({
          ...berlin,
          timeZone: 'Europe/Madrid',
          phoneRegion: 'ES',
          phoneExample: { international: '+34 612 34 56 78', national: '612 34 56 78' },
        }),
      );
    },
  );
});

describe('changes at the summary said in words', () => {
  it.each([
    ['move the deadline to Monday 9am', 'Mon 30 Nov 2026, 09:00 (Europe/Berlin)'],
    ['push it to Wednesday at 3pm', 'Wed 2 Dec 2026, 15:00 (Europe/Berlin)'],
    ['Could you move the date to March 16, 2027 at 10am', 'Tue 16 Mar 2027, 10:00 (Europe/Berlin)'],
  ])('"%s" changes the due date (confirming a weekday)', async (said, shown) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    const replies = await chat.texts(said);
    const confirmed =
      replies[0] === en.dateReadingQuestion(shown) ? await chat.texts('yes') : replies;
    expect(confirmed.at(-1)).toContain(`- Due date: ${shown}`);
  });

  it.each([
    ['actually the phone is 020 7946 0018', '- Phone: +44 20 7946 0018'],
    ['sorry, my e-mail is ann.lee@contoso.com', '- E-mail: ann\\.lee@contoso\\.com'],
  ])('"%s" changes that field', async (said, line) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect((await chat.texts(said)).at(-1)).toContain(line);
  });

  it.each([
    [
      'mueve la fecha al 16 de marzo de 2027 a las 10:00',
      '- Fecha límite: mar 16 mar 2027, 10:00 (Europe/Madrid)',
    ],
    ['en realidad el teléfono es 612 34 56 78', '- Teléfono: +34 612 34 56 78'],
  ])('"%s" changes that field in Spanish', async (said, line) => {
    const chat = await spanishChatAtSummary();
    expect((await chat.texts(said)).at(-1)).toContain(line);
  });

  it.each([
    ['muévela para el viernes en la mañana', 'vie 4 dic 2026, 09:00 (Europe/Madrid)'],
    ['muévelo al lunes a las 10', 'lun 30 nov 2026, 10:00 (Europe/Madrid)'],
    ['pásala para el martes por la tarde', 'mar 1 dic 2026, 18:00 (Europe/Madrid)'],
    ['adelántala al lunes a primera hora', 'lun 30 nov 2026, 09:00 (Europe/Madrid)'],
  ])('"%s" moves the due date in Spanish (confirming a weekday)', async (said, shown) => {
    const chat = await spanishChatAtSummary();
    expect(await chat.texts(said)).toEqual([es.dateReadingQuestion(shown)]);
    expect((await chat.texts('sí')).at(-1)).toContain(`- Fecha límite: ${shown}`);
  });

  // Held out, round four: "al" after the field's name ("fecha al jueves" is no field), "para el",
  // "a las" kept with its hour, and the verb as "vos" says it ("cambiá").
  it.each([
    ['cambia la fecha al jueves a las 10', 'jue 3 dic 2026, 10:00'],
    ['cambia la fecha para el jueves a las 10', 'jue 3 dic 2026, 10:00'],
    ['cambiá la fecha al jueves 10hs', 'jue 3 dic 2026, 10:00'],
    ['pasa la fecha al viernes', 'vie 4 dic 2026, 17:00'],
    ['cambia la fecha a las 10 del jueves', 'jue 3 dic 2026, 10:00'],
  ])('"%s" moves the due date from Buenos Aires (confirming a weekday)', async (said, day) => {
    const chat = intakeChat(api.deps, {
      from: { id: 'user-juli', name: 'Julieta Paz' },
      localTimezone: 'America/Argentina/Buenos_Aires',
      locale: 'es-AR',
    });
    await chat.say('caso nuevo');
    for (const answer of [
      'El VPN se cae',
      'Se cae cada hora.',
      'julieta@contoso.com.ar',
      '+54 9 11 2345 6789',
      '15 de marzo de 2027 a las 14:00',
    ])
      await chat.say(answer);
    const shown = `${day} (America/Argentina/Buenos_Aires)`;
    expect(await chat.texts(said)).toEqual([es.dateReadingQuestion(shown)]);
    // The summary is markdown: the zone's "_" is escaped there.
    expect((await chat.texts('sí')).at(-1)).toContain(
      `- Fecha límite: ${day} (America/Argentina/Buenos\\_Aires)`,
    );
  });
});

describe('an earlier field named as wrong, with its new value', () => {
  it.each([
    ['oops wrong email, its tom.brady@contoso.com', 'tom.brady@contoso.com'],
    ['sorry the email was wrong: tom.brady@contoso.com', 'tom.brady@contoso.com'],
  ])(
    '"%s" at the phone question changes the e-mail and asks the phone again',
    async (said, shown) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat, 'phone');
      expect(await chat.texts(said)).toEqual([
        en.changed('E-mail', shown),
        en.fieldPrompt.phone(berlin),
      ]);
    },
  );
});

describe('two changes at the summary in one message', () => {
  it.each([
    [
      'change the phone to +44 20 7946 0999 and push the date to Wednesday at 3pm',
      ['- Phone: +44 20 7946 0999', '- Due date: Wed 2 Dec 2026, 15:00 (Europe/Berlin)'],
    ],
    [
      'change the email to bob@contoso.com, and the phone to 020 7946 0999',
      ['- E-mail: bob@contoso\\.com', '- Phone: +44 20 7946 0999'],
    ],
  ])('"%s" makes both', async (said, lines) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    const replies = await chat.texts(said);
    // A weekday is confirmed first.
    const summary = replies.some((reply) => reply.startsWith(en.summaryIntro))
      ? replies
      : await chat.texts('yes');
    for (const line of lines) expect(summary.join('\n')).toContain(line);
  });

  it('cambia el correo y el teléfono de una vez', async () => {
    const chat = await spanishChatAtSummary();
    const summary = (
      await chat.texts('cambia el correo a bea@contoso.es y el teléfono a 612 34 56 78')
    ).join('\n');
    expect(summary).toContain('- Correo: bea@contoso\\.es');
    expect(summary).toContain('- Teléfono: +34 612 34 56 78');
  });

  it('makes neither when the second is refused, and says why', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    const [refused] = await chat.texts('change the email to bob@contoso.com and the phone to 12');
    expect(refused).toBe(en.fieldProblem.phone('too_short', berlin));
  });
});

describe('changes at the summary said without "change … to"', () => {
  it.each([
    ['make the due date Dec 4th 5pm', '- Due date: Fri 4 Dec 2026, 17:00 (Europe/Berlin)'],
    ['set the phone to +44 20 7946 0000', '- Phone: +44 20 7946 0000'],
    ['the phone should be +44 20 7946 0000', '- Phone: +44 20 7946 0000'],
    ['my email should be bob@contoso.com', '- E-mail: bob@contoso\\.com'],
  ])('"%s" changes that field', async (said, line) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    expect((await chat.texts(said)).at(-1)).toContain(line);
  });

  it.each([
    ['el teléfono debería ser +34 612 34 56 78', '- Teléfono: +34 612 34 56 78'],
    [
      'pon la fecha el 4 de diciembre a las 17h',
      '- Fecha límite: vie 4 dic 2026, 17:00 (Europe/Madrid)',
    ],
  ])('"%s" changes that field in Spanish', async (said, line) => {
    const chat = await spanishChatAtSummary();
    expect((await chat.texts(said)).at(-1)).toContain(line);
  });

  it('keeps a description that only sounds like a change', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'description');
    const said = 'The time should be synced with the server, but the clock drifts';
    expect(await chat.texts(said)).toEqual([en.fieldPrompt.email(berlin)]);
    expect((await chat.texts('what have I entered?'))[0]).toContain(`- Description: ${said}`);
  });
});

describe('the field to edit, named as people name it', () => {
  it.each([
    ['the one with the @', en.editPrompt('E-mail', 'ann@contoso.com')],
    ["when it's due", en.editPrompt('Due date', 'Mon 15 Mar 2027, 14:00 (Europe/Berlin)')],
  ])('"%s" after "edit"', async (said, prompt) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    await chat.say('edit');
    expect(await chat.texts(said)).toEqual([prompt]);
  });

  it.each([
    ['cuándo vence', es.editPrompt('Fecha límite', 'lun 15 mar 2027, 14:00 (Europe/Madrid)')],
    ['el del correo', es.editPrompt('Correo', 'ana@contoso.es')],
  ])('"%s" after "editar"', async (said, prompt) => {
    const chat = intakeChat(api.deps, madrid);
    await chat.say('caso nuevo');
    for (const answer of [
      'La VPN se cae',
      'Se cae cada hora.',
      'ana@contoso.es',
      '+34 699 99 99 99',
      '15 de marzo de 2027 a las 14:00',
      'editar',
    ])
      await chat.say(answer);
    expect(await chat.texts(said)).toEqual([prompt]);
  });
});

describe('a name given in so many words', () => {
  it('takes the name from the opener and keeps it out of the description', async () => {
    const chat = intakeChat(api.deps, london);
    const replies = await chat.texts(
      'call it "Outlook crashes on start": it happens every morning',
    );
    expect(replies).toEqual([
      en.intakeStart,
      `${en.understood}\n\n- Name: Outlook crashes on start\n- Description: It happens every morning`,
      en.fieldPrompt.email(berlin),
    ]);
  });

  it('takes "no, call it …" at the suggested name as the name', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say(description);
    expect(await chat.texts('no, call it Outlook attachment crash')).toEqual([
      en.fieldPrompt.email(berlin),
    ]);
    expect((await chat.texts('what have I entered?'))[0]).toContain(
      '- Name: Outlook attachment crash',
    );
  });
});

describe('a yes or a no to a suggested name with more in the message', () => {
  it('takes the suggestion with "sure, and my number is …", and the number, never "sure" as the name', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say(description);

    const replies = await chat.texts('sure, and my number is 07400 123456');
    expect(replies[0]).toContain('- Phone: +44 7400 123456');
    const [status] = await chat.texts('what have I entered?');
    expect(status).toContain('- Name: Outlook crashes when I open attachments');
  });

  it.each([
    ['nah call it Teams mic issue', 'Teams mic issue'],
    ['No printer output', 'No printer output'],
  ])('takes "%s" as the name %s', async (said, name) => {
    const chat = intakeChat(api.deps, london);
    await chat.say(description);

    await chat.say(said);
    expect((await chat.texts('what have I entered?'))[0]).toContain(`- Name: ${name}`);
  });

  it('takes "no, ponle …" in Spanish as the name', async () => {
    const chat = intakeChat(api.deps, madrid);
    await chat.say('No puedo descargar el desprendible de pago desde el portal');

    await chat.say('no, ponle Desprendible de pago');
    expect((await chat.texts('qué llevas'))[0]).toContain('- Nombre: Desprendible de pago');
  });
});

describe('a new value typed at "which one?" instead of the field', () => {
  it('changes the only field it can be', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);
    await chat.say('edit');

    const replies = await chat.texts('bob@contoso.com');
    expect(replies[0]).toContain('Changed the e-mail');
    expect(replies.at(-1)).toContain('- E-mail: bob@contoso\\.com');
  });

  it('changes the due date to a date typed there in Spanish', async () => {
    const chat = await spanishChatAtSummary();
    await chat.say('editar');

    const replies = await chat.texts('el viernes 4 a las 18h');
    expect(replies[0]).toContain('vie 4 dic 2026, 18:00');
    expect(replies.at(-1)).toContain('- Fecha límite: vie 4 dic 2026, 18:00 (Europe/Madrid)');
  });
});

describe('editing the name', () => {
  it('shows the current name, not the old suggestion as a button', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say(description);
    await chat.say('Outlook crash');
    await chat.say('back');
    const [again] = await chat.say('back');
    expect(again).toEqual({ text: en.editPrompt('Name', 'Outlook crash') });
  });
});

describe('a correction said against the date proposed', () => {
  it('"no, the Friday after at 10am" moves the reading a week on, at 10:00', async () => {
    const chat = intakeChat(api.deps, london);
    await chat.say('Printer jams, fix by Friday 5pm');
    await chat.say('no, the Friday after at 10am');
    expect(await chat.texts('Printer jams')).toEqual([en.fieldPrompt.email(berlin)]);
    await chat.say('ann@contoso.com');
    const [summary] = await chat.texts('020 7946 0018');
    expect(summary).toContain('- Due date: Fri 11 Dec 2026, 10:00 (Europe/London)');
  });
});

describe('at the summary, a field named as wrong, or a new value typed alone', () => {
  it.each([
    [
      'wait, the e-mail is wrong',
      'email',
      'ann.lee@contoso.com',
      '- E-mail: ann\\.lee@contoso\\.com',
    ],
    ['fix the phone', 'phone', '+44 7400 654321', '- Phone: +44 7400 654321'],
    ['edit the name', 'name', 'Printer jams', '- Name: Printer jams'],
  ] as const)('"%s" asks for the %s again, showing it', async (said, field, answer, line) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);

    const [asked] = await chat.texts(said);
    expect(asked).toContain(`The ${en.fieldLabel[field].toLowerCase()} is now:`);
    expect((await chat.texts(answer)).at(-1)).toContain(line);
  });

  it.each([
    ['ann.lee@contoso.com', 'Changed the e-mail', '- E-mail: ann\\.lee@contoso\\.com'],
    ['my number is +44 7400 654321', 'Changed the phone', '- Phone: +44 7400 654321'],
    ['no wait, 4pm', 'Changed the due date', '- Due date: Mon 15 Mar 2027, 16:00 (Europe/Berlin)'],
    ['the phone is wrong, its 07400 654321', 'Changed the phone', '- Phone: +44 7400 654321'],
  ])('"%s" changes that field at once', async (said, notice, line) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat);

    const replies = await chat.texts(said);
    expect(replies[0]).toContain(notice);
    expect(replies.at(-1)).toContain(line);
  });

  it.each(['actually make it friday', 'make it Friday'])(
    '"%s" proposes the new date, confirmed before it replaces the old one',
    async (said) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat);

      expect(await chat.texts(said)).toEqual([
        'Fri 4 Dec 2026, 17:00 (Europe/Berlin): is that right?',
      ]);
      expect((await chat.texts('yes')).at(-1)).toContain(
        '- Due date: Fri 4 Dec 2026, 17:00 (Europe/Berlin)',
      );
    },
  );

  it.each(['send it today', 'create it now'])(
    '"%s" is no new date: the choices are asked again',
    async (said) => {
      const chat = intakeChat(api.deps);
      await answerUpTo(chat);

      expect(await chat.texts(said)).toEqual([en.reviewRetry]);
    },
  );

  it.each(['mejor el viernes', 'la fecha mejor el viernes', 'la fecha está mal, es el viernes'])(
    '"%s" proposes the Friday in Spanish',
    async (said) => {
      const chat = await spanishChatAtSummary();

      expect(await chat.texts(said)).toEqual([
        'vie 4 dic 2026, 17:00 (Europe/Madrid): ¿es correcto?',
      ]);
    },
  );

  it.each([
    ['el tel está mal', '+34 699 99 99 99'],
    ['me equivoqué de número', '+34 699 99 99 99'],
    ['edita el correo', 'ana@contoso\\.es'],
  ])('"%s" asks for that field again in Spanish', async (said, current) => {
    const chat = await spanishChatAtSummary();

    expect((await chat.texts(said))[0]).toContain(current);
  });

  it('takes "el correo está mal" in Spanish, and still asks again at anything else', async () => {
    const chat = await spanishChatAtSummary();

    expect((await chat.texts('el correo está mal'))[0]).toContain('ana@contoso');
    expect((await chat.texts('ana.ruiz@contoso.es')).at(-1)).toContain(
      '- Correo: ana\\.ruiz@contoso\\.es',
    );
    expect(await chat.texts('mmm')).toEqual([es.reviewRetry]);
  });
});

describe('an earlier field named as wrong at a later question', () => {
  it('"oops wrong number" at the date question edits the phone, then asks for the date again', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');

    expect((await chat.texts('oops wrong number'))[0]).toContain('+44 20 7946 0018');
    expect(await chat.texts('+44 7400 654321')).toEqual([en.fieldPrompt.dueDate(berlin)]);
  });

  it('keeps "wrong number" in a description as the description', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'description');

    await chat.say('Calls from the front desk reach a wrong number');
    expect(await chat.texts('what have I entered?')).toEqual([
      expect.stringContaining('Calls from the front desk reach a wrong number'),
      expect.any(String),
    ]);
  });
});
