import { describe, expect, it } from 'vitest';
import { caseNameCueIn } from '../../src/cases/caseNameCue.js';
import { readOpeningMessage } from '../../src/cases/messageUnderstanding.js';
import { londonReading } from '../support/intakeFixture.js';

const context = londonReading;

describe('a case name given in so many words', () => {
  it.each([
    ['call it "Outlook crashes on start": it happens every morning', 'Outlook crashes on start'],
    ['Title: Printer jam. It jams on every duplex job', 'Printer jam'],
    ['Outlook crashes on attachments, call it Outlook crash', 'Outlook crash'],
    ['no, call it Outlook attachment crash', 'Outlook attachment crash'],
    ['llámalo «Fallo de Outlook»: se cierra', 'Fallo de Outlook'],
    ['Asunto: VPN caída', 'VPN caída'],
    ['new case "VPN token expired" - my RSA token shows an error', 'VPN token expired'],
    ['nuevo caso: «Fallo de Outlook», se cierra al abrir', 'Fallo de Outlook'],
    ['no wait call it "3rd floor printer jam"', '3rd floor printer jam'],
  ])('%s → %s', (text, name) => {
    expect(caseNameCueIn(text)?.name).toBe(name);
  });

  it.each([
    'The printer is called HP4 and it jams daily',
    'The title bar flickers on my screen',
    'I cannot call it up from Teams',
    'my name is Ann',
    'new case pls',
    'new case printer jam',
    'the case "Outlook crash" from yesterday is back',
  ])('is not in "%s"', (text) => {
    expect(caseNameCueIn(text)).toBeUndefined();
  });

  it('fills the name from an opener and keeps it out of the description', () => {
    expect(
      readOpeningMessage('call it "Outlook crashes on start": it happens every morning', context)
        .readings,
    ).toEqual({
      name: { value: 'Outlook crashes on start' },
      description: { value: 'It happens every morning' },
    });
  });
});
