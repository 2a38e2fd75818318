import { describe, expect, it } from 'vitest';
import type { CaseReceipt } from '../../src/cases/caseReceipt.js';
import { apply, maxFieldMisses, startIntake } from '../../src/intake/intakeFlow.js';
import { nextQuestion } from '../../src/intake/intakeQuestion.js';
import type { Reply } from '../../src/intake/intakeReply.js';
import { type IntakeState, newIntakeState } from '../../src/intake/intakeState.js';
import { sampleDraft } from '../support/caseFixtures.js';

const empty = newIntakeState();
const atEmail: IntakeState = { ...empty, draft: { name: 'VPN drops', description: 'It drops.' } };
const complete: IntakeState = { ...empty, draft: { ...sampleDraft } };
const withSuggestedName: IntakeState = {
  ...empty,
  draft: { description: 'Outlook crashes' },
  nameSuggestion: 'Outlook crashes',
};
const dateCheck: IntakeState = {
  ...complete,
  draft: { ...sampleDraft, dueDate: undefined },
  checks: [
    { field: 'dueDate', value: '2026-12-04T16:00:00.000Z', check: { kind: 'date_reading' } },
  ],
};
const receipt: CaseReceipt = {
  caseId: 'c-1',
  refId: 'CS-1',
  assignment: { kind: 'queue', name: 'Support' },
  dueDate: sampleDraft.dueDate,
};

const answer = (field: string, value: string): Reply => ({
  kind: 'answer',
  readings: { [field]: { value } },
});

/** One row: a state, a reply, and what the flow asks next, tells, and whether it ends. */
interface Row {
  name: string;
  state: IntakeState;
  reply: Reply;
  asks?: Record<string, unknown>;
  tells?: string[];
  ask?: 'question' | 'retry' | 'nothing';
  ends?: string;
}

const rows: Row[] = [
  {
    name: 'a name answer asks for the description',
    state: empty,
    reply: answer('name', 'VPN drops'),
    asks: { kind: 'field', field: 'description' },
    tells: [],
  },
  {
    name: 'an answer with another field notes the extra',
    state: atEmail,
    reply: {
      kind: 'answer',
      readings: { email: { value: 'a@b.co' }, phone: { value: '+14155550100' } },
    },
    asks: { kind: 'field', field: 'dueDate' },
    tells: ['noted'],
  },
  {
    name: 'a refused answer says why and asks nothing more',
    state: atEmail,
    reply: { kind: 'answerRefused', refusal: { field: 'email', problem: 'missing_at' } },
    asks: { kind: 'field', field: 'email' },
    tells: ['refused'],
    ask: 'nothing',
  },
  {
    name: 'the third miss offers help instead',
    state: { ...atEmail, misses: maxFieldMisses - 1 },
    reply: { kind: 'unclear' },
    asks: { kind: 'stuck', field: 'email' },
    tells: [],
  },
  {
    name: 'an unclear field answer asks the question again',
    state: atEmail,
    reply: { kind: 'unclear' },
    asks: { kind: 'field', field: 'email' },
    ask: 'question',
  },
  {
    name: 'a date reading is confirmed with yes',
    state: dateCheck,
    reply: { kind: 'choice', choice: 'yes' },
    asks: { kind: 'summary' },
    tells: [],
  },
  {
    name: 'a date reading refused says so and asks for the date',
    state: dateCheck,
    reply: { kind: 'choice', choice: 'no' },
    asks: { kind: 'field', field: 'dueDate' },
    tells: ['dateReadingRejected'],
  },
  {
    name: 'an unclear yes-or-no is asked again in its retry words',
    state: dateCheck,
    reply: { kind: 'unclear' },
    asks: { kind: 'check' },
    ask: 'retry',
  },
  {
    name: 'a known e-mail is proposed before asking',
    state: { ...atEmail, knownEmail: 'ann@contoso.com' },
    reply: { kind: 'command', command: 'status' },
    asks: { kind: 'knownEmail', email: 'ann@contoso.com' },
    tells: ['status'],
  },
  {
    name: 'yes to the known e-mail takes it',
    state: { ...atEmail, knownEmail: 'ann@contoso.com' },
    reply: { kind: 'choice', choice: 'yes' },
    asks: { kind: 'field', field: 'phone' },
  },
  {
    name: 'no to the known e-mail asks for one',
    state: { ...atEmail, knownEmail: 'ann@contoso.com' },
    reply: { kind: 'choice', choice: 'no' },
    asks: { kind: 'field', field: 'email' },
  },
  {
    name: 'yes at the summary submits',
    state: complete,
    reply: { kind: 'choice', choice: 'yes' },
    asks: { kind: 'submit' },
  },
  {
    name: 'edit at the summary asks which field',
    state: complete,
    reply: { kind: 'choice', choice: 'edit' },
    asks: { kind: 'whichField' },
  },
  {
    name: 'a field picked to edit is asked with its value',
    state: { ...complete, step: { kind: 'choosingField' } },
    reply: { kind: 'choice', choice: 'phone' },
    asks: { kind: 'field', field: 'phone', current: sampleDraft.phone },
  },
  {
    name: 'a field named as wrong at the summary is asked with its value',
    state: complete,
    reply: { kind: 'choice', choice: 'email' },
    asks: { kind: 'field', field: 'email', current: sampleDraft.email },
  },
  {
    name: 'cancel at the summary asks first',
    state: complete,
    reply: { kind: 'choice', choice: 'cancel' },
    asks: { kind: 'cancel' },
  },
  {
    name: 'cancel with nothing to lose ends at once',
    state: empty,
    reply: { kind: 'command', command: 'cancel' },
    tells: ['cancelled'],
    ends: 'cancelled',
  },
  {
    name: '"really cancel?" yes ends',
    state: { ...atEmail, step: { kind: 'confirmingCancel', resume: { kind: 'collecting' } } },
    reply: { kind: 'choice', choice: 'yes' },
    tells: ['cancelled'],
    ends: 'cancelled',
  },
  {
    name: '"really cancel?" no goes back to the same question, misses kept',
    state: {
      ...atEmail,
      misses: 2,
      step: { kind: 'confirmingCancel', resume: { kind: 'collecting' } },
    },
    reply: { kind: 'choice', choice: 'no' },
    asks: { kind: 'field', field: 'email' },
    tells: ['carryOn'],
  },
  {
    name: 'stuck: an example, then the field again',
    state: { ...atEmail, step: { kind: 'stuck', field: 'email' } },
    reply: { kind: 'choice', choice: 'help' },
    asks: { kind: 'field', field: 'email' },
    tells: ['fieldHelp'],
  },
  {
    name: 'stuck: cancel the case ends at once',
    state: { ...atEmail, step: { kind: 'stuck', field: 'email' } },
    reply: { kind: 'choice', choice: 'cancel' },
    ends: 'cancelled',
  },
  {
    name: 'help tells where we are and asks again',
    state: atEmail,
    reply: { kind: 'command', command: 'help' },
    asks: { kind: 'field', field: 'email' },
    tells: ['help'],
  },
  {
    name: 'back goes to the previous field with its value',
    state: atEmail,
    reply: { kind: 'command', command: 'back' },
    asks: { kind: 'field', field: 'description', current: 'It drops.' },
  },
  {
    name: 'back at the first question says so',
    state: empty,
    reply: { kind: 'command', command: 'back' },
    asks: { kind: 'field', field: 'name' },
    tells: ['atFirstField'],
  },
  {
    name: 'back at the summary edits the last field',
    state: complete,
    reply: { kind: 'command', command: 'back' },
    asks: { kind: 'field', field: 'dueDate' },
  },
  {
    name: 'start over forgets the draft',
    state: complete,
    reply: { kind: 'command', command: 'startOver' },
    asks: { kind: 'field', field: 'name' },
    tells: ['startingOver'],
  },
  {
    name: 'the form is offered and nothing else asked',
    state: atEmail,
    reply: { kind: 'command', command: 'useForm' },
    tells: ['formOffered'],
    ask: 'nothing',
  },
  {
    name: 'a complete form leads to the summary',
    state: empty,
    reply: { kind: 'form', values: {}, result: { ok: true, draft: sampleDraft } },
    asks: { kind: 'summary' },
  },
  {
    name: 'a refused form comes back with its problems',
    state: empty,
    reply: { kind: 'form', values: {}, result: { ok: false, problems: { email: 'missing_at' } } },
    tells: ['formRefused'],
    ask: 'nothing',
  },
  {
    name: 'a change is confirmed and the summary shown again',
    state: complete,
    reply: { kind: 'change', field: 'email', readings: { email: { value: 'b@c.co' } } },
    asks: { kind: 'summary' },
    tells: ['changed'],
  },
  {
    name: 'a refused change says why and asks again',
    state: complete,
    reply: { kind: 'changeRefused', refusal: { field: 'phone', problem: 'too_short' } },
    asks: { kind: 'summary' },
    tells: ['refused'],
    ask: 'question',
  },
  {
    name: 'a created case ends the intake',
    state: { ...complete, step: { kind: 'submitting' } },
    reply: { kind: 'submitted', outcome: { ok: true, kind: 'created', receipt, repeated: false } },
    tells: ['submission'],
    ends: 'created',
  },
  {
    name: 'a queued case ends the intake',
    state: { ...complete, step: { kind: 'submitting' } },
    reply: { kind: 'submitted', outcome: { ok: false, kind: 'queued', estimatedMinutes: 2 } },
    ends: 'queued',
  },
  {
    name: 'a failed submission offers another try',
    state: { ...complete, step: { kind: 'submitting' } },
    reply: {
      kind: 'submitted',
      outcome: { ok: false, kind: 'failed', error: { kind: 'unavailable', reason: 'reset' } },
    },
    asks: { kind: 'retry' },
    tells: ['submission'],
  },
  {
    name: 'yes to a suggested name takes it',
    state: withSuggestedName,
    reply: { kind: 'choice', choice: 'yes' },
    asks: { kind: 'field', field: 'email' },
    tells: [],
  },
  {
    name: 'no to a suggested name asks for one without it',
    state: withSuggestedName,
    reply: { kind: 'choice', choice: 'no' },
    asks: { kind: 'field', field: 'name', suggestion: undefined },
  },
  {
    name: 'another e-mail instead of the known one takes it',
    state: { ...atEmail, knownEmail: 'ann@contoso.com' },
    reply: { kind: 'answer', readings: { email: { value: 'bob@contoso.com' } } },
    asks: { kind: 'field', field: 'phone' },
  },
  {
    name: 'a new date instead of a reading to confirm is confirmed in turn',
    state: dateCheck,
    reply: {
      kind: 'answer',
      readings: { dueDate: { value: '2026-12-03T10:00:00.000Z', check: { kind: 'date_reading' } } },
    },
    asks: { kind: 'check', pending: { value: '2026-12-03T10:00:00.000Z' } },
  },
  {
    name: 'try again submits again',
    state: { ...complete, step: { kind: 'failed' } },
    reply: { kind: 'choice', choice: 'tryAgain' },
    asks: { kind: 'submit' },
  },
];

describe('the intake flow, as state + reply → next question', () => {
  it.each(rows)('$name', ({ state, reply, asks, tells, ask, ends }) => {
    const next = apply(state, reply);
    if (asks) expect(nextQuestion(next.state)).toMatchObject(asks);
    if (tells) expect(next.notices.map((notice) => notice.kind)).toEqual(tells);
    if (ask) expect(next.ask).toBe(ask);
    expect(next.ended?.status).toBe(ends);
  });

  it('starts with what the opening message gave, and a new draft id each time', () => {
    const started = startIntake({ opening: { email: { value: 'ann@contoso.com' } } });
    expect(started.notices.map((notice) => notice.kind)).toEqual(['intakeStart', 'understood']);
    expect(nextQuestion(started.state)).toEqual({ kind: 'field', field: 'name', offerForm: true });
    expect(startIntake({ opening: {} }).state.draftId).not.toBe(started.state.draftId);
  });

  it('counts misses only on the question missed, and forgets them on the next question', () => {
    const once = apply(atEmail, { kind: 'unclear' });
    expect(once.state.misses).toBe(1);
    expect(apply(once.state, answer('email', 'a@b.co')).state.misses).toBe(0);
  });
});
