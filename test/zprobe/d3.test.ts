import { it } from 'vitest';
import { findDueDates } from '../../src/cases/dueDate.js';
import { londonReading } from '../support/intakeFixture.js';
it('x', () => {
  for (const t of ['                , end of day Monday', 'ann@contoso.com, end of day Monday', 'end of day Monday'])
    console.log(JSON.stringify(t), JSON.stringify(findDueDates(t, { ...londonReading }, { deadlinesOnly: true })));
});
