import { it } from 'vitest';
import { parseDueDate } from '../../src/cases/dueDate.js';
import { londonReading } from '../support/intakeFixture.js';

it('dates', () => {
  for (const t of ['end of day tomorrow', 'tomorrow end of day', 'EOD tomorrow', 'tomorrow EOD', 'by end of day tomorrow', 'close of business tomorrow', 'tomorrow first thing', 'first thing tomorrow', 'next Tues 10ish', 'Tuesday around 10', 'tomorrow at 10ish', 'end of day Monday', 'end of day', 'EOD Friday', 'COB Friday', 'tomorrow lunchtime', 'tomorrow noon', 'midday Monday', 'tonight', 'by tonight', 'this evening', 'in a couple of days', 'early next week', 'mid next week', 'next week sometime', 'before the weekend', 'by the weekend', 'this time next week', 'same time tomorrow', 'asap', 'within 24 hours', 'within 48h', 'in 48 hours', 'by monday am', 'monday 9am sharp', 'Mon 9', '9am Mon', '3/12 9am', '12/3 at 9', 'Dec 3rd', '3rd Dec 10am', 'the 3rd of December at 10']) {
    const r = parseDueDate(t, { ...londonReading });
    console.log(t.padEnd(28), JSON.stringify(r));
  }
});
