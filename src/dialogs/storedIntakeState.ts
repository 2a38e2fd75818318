import type { IntakeState } from '../intake/intakeState.js';

/**
 * The intake state kept in the dialog instance, or undefined when there is none this version can
 * read. A draft kept by the earlier component dialog (its waterfalls held the state as the
 * options of the bottom dialog) is taken over, so a deploy loses no draft: it goes on at the
 * question its fields lead to.
 */
export function storedIntakeState(instanceState: unknown): IntakeState | undefined {
  const stored = field(instanceState, 'intake');
  if (isIntakeState(stored)) return stored;
  const stack = field(field(instanceState, 'dialogs'), 'dialogStack');
  const bottom = Array.isArray(stack) ? field(field(stack[0], 'state'), 'options') : undefined;
  const earlier = { ...asObject(bottom), step: { kind: 'collecting' }, misses: 0 };
  return isIntakeState(earlier) ? earlier : undefined;
}

function isIntakeState(value: unknown): value is IntakeState {
  const step = field(value, 'step');
  return (
    typeof field(value, 'draftId') === 'string' &&
    isObject(field(value, 'draft')) &&
    Array.isArray(field(value, 'checks')) &&
    typeof field(step, 'kind') === 'string' &&
    typeof field(value, 'misses') === 'number'
  );
}

function field(value: unknown, name: string): unknown {
  return asObject(value)[name];
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
