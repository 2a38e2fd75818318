import { describe, expect, it } from 'vitest';
import { storedIntakeState } from '../../src/dialogs/storedIntakeState.js';
import { newIntakeState } from '../../src/intake/intakeState.js';

describe('the intake state kept in the dialog instance', () => {
  it('is read back as it was kept', () => {
    const state = { ...newIntakeState({ draft: { name: 'VPN drops' } }), misses: 2 };
    expect(storedIntakeState(JSON.parse(JSON.stringify({ intake: state })))).toEqual(state);
  });

  it('takes over a draft kept by the earlier component dialog, at the question its fields lead to', () => {
    const earlier = {
      dialogs: {
        dialogStack: [
          {
            id: 'collectFields',
            state: {
              options: {
                draftId: 'd-1',
                draft: { name: 'VPN drops' },
                checks: [],
                userName: 'Ann',
              },
              values: { asked: { kind: 'field', field: 'description' } },
              stepIndex: 1,
            },
          },
          { id: 'answerPrompt', state: { options: {}, state: { attemptCount: 1 } } },
        ],
      },
    };
    expect(storedIntakeState(earlier)).toEqual({
      draftId: 'd-1',
      draft: { name: 'VPN drops' },
      checks: [],
      userName: 'Ann',
      step: { kind: 'collecting' },
      misses: 0,
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'intake'],
    ['an intake without a draft', { intake: { ...newIntakeState(), draft: null } }],
    ['an earlier stack without options', { dialogs: { dialogStack: [{ state: {} }] } }],
    ['an earlier stack that is not a list', { dialogs: { dialogStack: 'x' } }],
  ])('is missing, not a crash, for %s', (_name, stored) => {
    expect(storedIntakeState(stored)).toBeUndefined();
  });
});
