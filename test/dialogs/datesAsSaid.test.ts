import { describe, expect, it } from 'vitest';
import { english as en } from '../../src/messages/en/catalog.js';
import { intakeChat } from '../support/intakeChat.js';
import { answerUpTo, berlin, useIntakeSandbox } from '../support/intakeFixture.js';

const api = useIntakeSandbox();

describe('parts of the day, at the hours the deployment sets, confirmed', () => {
  it.each([
    ['Monday morning', 'Mon 30 Nov 2026, 09:00 (Europe/Berlin)'],
    ['first thing Monday', 'Mon 30 Nov 2026, 09:00 (Europe/Berlin)'],
    ['Tuesday afternoon', 'Tue 1 Dec 2026, 14:00 (Europe/Berlin)'],
    ['Friday evening', 'Fri 4 Dec 2026, 18:00 (Europe/Berlin)'],
    ['this Friday', 'Fri 4 Dec 2026, 17:00 (Europe/Berlin)'],
  ])('"%s" is read as %s and asked about', async (said, shown) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts(said)).toEqual([en.dateReadingQuestion(shown)]);
  });

  it('takes the morning hour the deployment gives', async () => {
    const deps = {
      ...api.deps,
      defaults: { ...api.deps.defaults, dueDateRules: { morningHour: 8 } },
    };
    const chat = intakeChat(deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts('first thing Monday')).toEqual([
      en.dateReadingQuestion('Mon 30 Nov 2026, 08:00 (Europe/Berlin)'),
    ]);
  });
});

describe('parts of the day said short, and tonight, at the hours the deployment sets', () => {
  it.each([
    ['thurs am', 'Thu 3 Dec 2026, 09:00 (Europe/Berlin)'],
    ['tmrw am', 'Sun 29 Nov 2026, 09:00 (Europe/Berlin)'],
    ['weds pm', 'Wed 2 Dec 2026, 14:00 (Europe/Berlin)'],
    ['by fri lunchtime', 'Fri 4 Dec 2026, 12:00 (Europe/Berlin)'],
    ['tonight', 'Sat 28 Nov 2026, 18:00 (Europe/Berlin)'],
  ])('"%s" is read as %s and asked about', async (said, shown) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts(said)).toEqual([en.dateReadingQuestion(shown)]);
  });

  it('takes the evening hour the deployment gives for "tonight"', async () => {
    const deps = {
      ...api.deps,
      defaults: { ...api.deps.defaults, dueDateRules: { eveningHour: 19 } },
    };
    const chat = intakeChat(deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts('tonight')).toEqual([
      en.dateReadingQuestion('Sat 28 Nov 2026, 19:00 (Europe/Berlin)'),
    ]);
  });
});

describe('spans counted from now, today or a weekday', () => {
  it('takes "two weeks from today, 9:30" at once, and "a fortnight from Tuesday at 11" confirmed', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    const [summary] = await chat.texts('two weeks from today, 9:30');
    expect(summary).toContain('- Due date: Sat 12 Dec 2026, 09:30 (Europe/Berlin)');
    const other = intakeChat(api.deps);
    await answerUpTo(other, 'dueDate');
    expect(await other.texts('a fortnight from Tuesday at 11')).toEqual([
      en.dateReadingQuestion('Tue 15 Dec 2026, 11:00 (Europe/Berlin)'),
    ]);
  });
});

describe('a time in a zone the person names', () => {
  it('is confirmed in that zone', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts('tomorrow 11am CET')).toEqual([
      en.dateReadingQuestion('Sun 29 Nov 2026, 11:00 (Europe/Paris)'),
    ]);
    const [summary] = await chat.texts('yes');
    expect(summary).toContain('- Due date: Sun 29 Nov 2026, 11:00 (Europe/Berlin)');
  });

  it('is asked about again when its name stands for several zones', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts('tomorrow 9:00 IST')).toEqual([
      en.fieldProblem.dueDate('ambiguous_zone', berlin),
    ]);
  });

  it.each([
    ['indian standard time', 'Mon 30 Nov 2026, 18:00 (Asia/Kolkata)'],
    ['India', 'Mon 30 Nov 2026, 18:00 (Asia/Kolkata)'],
    ['irish', 'Mon 30 Nov 2026, 18:00 (Europe/Dublin)'],
    ['Israel please', 'Mon 30 Nov 2026, 18:00 (Asia/Jerusalem)'],
    ['the first one', 'Mon 30 Nov 2026, 18:00 (Asia/Kolkata)'],
    ['2nd', 'Mon 30 Nov 2026, 18:00 (Europe/Dublin)'],
  ])('takes "%s", said when asked which zone "IST" meant, as that zone', async (answer, shown) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    await chat.texts('mon 6pm IST');
    expect(await chat.texts(answer)).toEqual([en.dateReadingQuestion(shown)]);
  });

  it('reads a new date given instead of a zone as the answer', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    await chat.texts('mon 6pm IST');
    const [summary] = await chat.texts('Dec 4th 5pm');
    expect(summary).toContain('- Due date: Fri 4 Dec 2026, 17:00 (Europe/Berlin)');
  });

  it('asks only once: a zone said later is no answer about the date', async () => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    await chat.texts('mon 6pm IST');
    await chat.texts('what?');
    expect(await chat.texts('India')).not.toEqual([
      en.dateReadingQuestion('Mon 30 Nov 2026, 18:00 (Asia/Kolkata)'),
    ]);
  });
});

describe('a zone named by its place, or after a time said as a word', () => {
  it.each([
    ['monday 2pm london time', 'Mon 30 Nov 2026, 14:00 (Europe/London)'],
    ['10am perth time tuesday', 'Tue 1 Dec 2026, 10:00 (Australia/Perth)'],
    ['noon EST monday', 'Mon 30 Nov 2026, 12:00 (America/New_York)'],
  ])('"%s" is confirmed in that zone', async (said, shown) => {
    const chat = intakeChat(api.deps);
    await answerUpTo(chat, 'dueDate');
    expect(await chat.texts(said)).toEqual([en.dateReadingQuestion(shown)]);
  });
});
