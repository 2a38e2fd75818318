import { describe, expect, it } from 'vitest';
import { longestSaidOnly, saysOnly } from '../../src/intake/saysOnly.js';
import { messagesFor } from '../../src/messages/catalog.js';

const en = messagesFor('en').commands;
const es = messagesFor('es').commands;
const courtesy = (commands: typeof en) => [...commands.please, ...commands.thanks];

describe('a message that says only a choice, perhaps with courtesy', () => {
  it.each([
    'yes, please',
    'yeah sure',
    'ok that works',
    'OK, that works!',
    'yes thanks',
    'Yes, that works',
    'works for me',
    '👍🙏',
    '👍🏽',
  ])('"%s" is a yes', (text) => {
    expect(saysOnly(text, en.yes, courtesy(en))).toBe(true);
  });

  it.each(['sí, vale', 'sí, me vale', 'Vale, perfecto', 'claro que sí', 'de acuerdo, gracias'])(
    '"%s" is a yes in Spanish',
    (text) => {
      expect(saysOnly(text, es.yes, courtesy(es))).toBe(true);
    },
  );

  it.each([
    'please',
    'thanks',
    'yes the printer',
    'Yesterday',
    'ok printer on floor 3',
    '',
    '🙏',
    'go back',
  ])('"%s" is not', (text) => {
    expect(saysOnly(text, en.yes, courtesy(en))).toBe(false);
  });

  it('closes on thanks and goodbyes however they are strung together', () => {
    const closing = [...en.thanks, ...en.yes, ...en.no];
    for (const text of ['thanks, bye', 'ok great', 'cool', 'thank you very much', '👍'])
      expect(saysOnly(text, closing, en.please), text).toBe(true);
    expect(saysOnly('thanks, but the printer still jams', closing, en.please)).toBe(false);
  });

  it('takes a message longer than any choice with its courtesy as saying more, unread', () => {
    const longYes = `yes ${'please '.repeat(30)}`;
    expect(longYes.length).toBeGreaterThan(longestSaidOnly);
    expect(saysOnly(longYes, en.yes, courtesy(en))).toBe(false);
    expect(saysOnly('yes please', en.yes, courtesy(en))).toBe(true);
  });
});
