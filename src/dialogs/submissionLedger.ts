import type { CreateCaseResult } from '../caseApi/caseApiClient.js';

/** The outcome of a guarded submission, and whether it was an earlier one's. */
export interface LedgerOutcome {
  result: CreateCaseResult;
  /** True when this draft was already submitted (or in flight) and its outcome is reused. */
  repeated: boolean;
}

/**
 * Makes sure one confirmed draft creates at most one case, even when the confirmation arrives
 * twice (a double click, a channel re-sending an activity, two quick messages racing on state).
 */
export interface SubmissionLedger {
  submit(draftId: string, create: () => Promise<CreateCaseResult>): Promise<LedgerOutcome>;
}

/**
 * A ledger in this process's memory: enough for one instance. A successful outcome is kept
 * (oldest forgotten beyond `capacity`); a failed one is forgotten so "try again" can resubmit.
 */
export function createMemorySubmissionLedger(capacity = 10_000): SubmissionLedger {
  const outcomes = new Map<string, Promise<CreateCaseResult>>();
  return {
    async submit(draftId, create) {
      const earlier = outcomes.get(draftId);
      if (earlier) return { result: await earlier, repeated: true };
      const pending = create();
      outcomes.set(draftId, pending);
      if (outcomes.size > capacity) {
        const oldest = outcomes.keys().next().value;
        if (oldest !== undefined) outcomes.delete(oldest);
      }
      const result = await pending.catch((error: unknown) => {
        outcomes.delete(draftId);
        throw error;
      });
      if (!result.ok) outcomes.delete(draftId);
      return { result, repeated: false };
    },
  };
}
