import { describe, expect, it } from 'vitest';
import type { CreateCaseResult } from '../../src/caseApi/caseApiClient.js';
import { createMemorySubmissionLedger } from '../../src/dialogs/submissionLedger.js';

const created = (refId: string): CreateCaseResult => ({
  ok: true,
  case: { _id: `ci-${refId}`, refId },
});
const failed: CreateCaseResult = { ok: false, error: { kind: 'unavailable', reason: 'HTTP 503' } };

describe('the in-memory submission ledger', () => {
  it('creates a draft once when its confirmation arrives twice at the same time', async () => {
    const ledger = createMemorySubmissionLedger();
    let calls = 0;
    const create = async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return created('CS1');
    };
    const [first, second] = await Promise.all([
      ledger.submit('d1', create),
      ledger.submit('d1', create),
    ]);
    expect(calls).toBe(1);
    expect(first).toEqual({ result: created('CS1'), repeated: false });
    expect(second).toEqual({ result: created('CS1'), repeated: true });
  });

  it('lets a draft be submitted again after a failure', async () => {
    const ledger = createMemorySubmissionLedger();
    expect(await ledger.submit('d1', async () => failed)).toEqual({
      result: failed,
      repeated: false,
    });
    expect(await ledger.submit('d1', async () => created('CS2'))).toEqual({
      result: created('CS2'),
      repeated: false,
    });
  });

  it('lets a draft be submitted again after the create call threw', async () => {
    const ledger = createMemorySubmissionLedger();
    await expect(ledger.submit('d1', () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect((await ledger.submit('d1', async () => created('CS3'))).repeated).toBe(false);
  });

  it('keeps different drafts apart and forgets the oldest beyond its capacity', async () => {
    const ledger = createMemorySubmissionLedger(2);
    await ledger.submit('a', async () => created('A'));
    await ledger.submit('b', async () => created('B'));
    await ledger.submit('c', async () => created('C'));
    expect((await ledger.submit('c', async () => created('C2'))).repeated).toBe(true);
    expect((await ledger.submit('a', async () => created('A2'))).repeated).toBe(false);
  });
});
