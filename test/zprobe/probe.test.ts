import { it } from 'vitest';
import { type ChatUser, intakeChat } from '../support/intakeChat.js';
import { useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();
const london: ChatUser = { from: { id: 'u1', name: 'Ann Lee' }, localTimezone: 'Europe/London', locale: 'en-GB' };
const madrid: ChatUser = { from: { id: 'u2', name: 'Ana Ruiz' }, localTimezone: 'Europe/Madrid', locale: 'es-ES' };

const conversations: [ChatUser, string[]][] = [
  [london, ['room 310-1234 is flooded', 'water everywhere in room 310', 'ann@contoso.com', 'what have you got so far?']],
  [london, ['hey', 'need a ticket for the broken projector in meeting room B, need it fixed Friday 3pm', 'ann@contoso.com']],
  [london, ['printer jammed again!! pls fix asap, ann@contoso.com, 07700 900123', 'Printer jam', 'tomorrow first thing']],
  [london, ['I need to raise a ticket', 'VPN drops', 'VPN drops every hour since Monday', 'ann@contoso.com', '+44 7700 900123', 'end of day tomorrow', 'yes', 'yes']],
  [london, ['open a case', 'Laptop fan noisy', 'fan is loud', 'ann@contoso.com', '07700900123', 'next Tues 10ish', 'yes']],
  [london, ['new case pls', 'Wifi slow', 'slow in building 2', 'ann.lee@contoso.co.uk', 'mobile is 07700 900 123', 'in 2 days at noon', 'change the name to Slow wifi in B2', 'yes']],
  [madrid, ['hola, necesito abrir una incidencia', 'Impresora atascada', 'Se atasca con cada trabajo doble cara', 'ana@contoso.es', '612345678', 'el jueves que viene por la tarde', 'sí']],
  [madrid, ['buenas', 'la VPN se cae cada hora, lo necesito para el viernes a las 10, ana@contoso.es, 612 34 56 78']],
  [london, ['Outlook keeps crashing when I open attachments since this morning, can you log it? due EOD Friday. ann@contoso.com / +44 20 7946 0018']],
  [london, ['open a case', 'Monitor flicker', 'flickers', 'ann@contoso.com', 'no phone sorry', '+44 20 7946 0018', 'sometime next week', 'Wednesday', '2pm']],
];

it('probe', async () => {
  for (const [user, turns] of conversations) {
    const chat = intakeChat(api.deps, user, { channel: 'test' });
    console.log('=====');
    for (const t of turns) {
      const replies = await chat.say(t);
      console.log(`> ${t}\n${replies.map((r) => `  < ${r.text.replace(/\n/g, '\n    ')}${r.buttons ? ` [${r.buttons.join(' | ')}]` : ''}`).join('\n')}`);
    }
  }
});
