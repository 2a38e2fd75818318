import { it } from 'vitest';
import { readAnswer, readOpeningMessage } from '../../src/cases/messageUnderstanding.js';
import { londonReading } from '../support/intakeFixture.js';

it('dates in other answers', () => {
  for (const t of ['end of day tomorrow', 'EOD tomorrow', 'tomorrow end of day', 'end of day Monday', 'by tomorrow 5pm', 'tomorrow first thing']) {
    console.log(t.padEnd(28), JSON.stringify(readAnswer('phone', t, { ...londonReading })));
    console.log(t.padEnd(28), JSON.stringify(readOpeningMessage(`printer broken, fix ${t}`, { ...londonReading })));
  }
});
