/** The outcome of a guarded submission, and whether it was an earlier one's. */
export interface LedgerOutcome<Result> {
  result: Result;
  /** True when this key was already submitted (or in flight) and its outcome is reused. */
  repeated: boolean;
}

/**
 * Makes sure one confirmed draft is submitted at most once at a time and never again after it
 * succeeded, even when the confirmation arrives twice (a double click, a channel re-sending an
 * activity, two quick messages racing on state).
 */
export interface SubmissionLedger {
  submit<Result extends { ok: boolean }>(
    key: string,
    create: () => Promise<Result>,
  ): Promise<LedgerOutcome<Result>>;
}

/**
 * A ledger in this process's memory: enough for one instance. A successful outcome is kept
 * (oldest forgotten beyond `capacity`); a failed one is forgotten so "try again" can resubmit.
 */
export function createMemorySubmissionLedger(capacity = 10_000): SubmissionLedger {
  const outcomes = new Map<string, Promise<{ ok: boolean }>>();
  return {
    async submit<Result extends { ok: boolean }>(key: string, create: () => Promise<Result>) {
      const earlier = outcomes.get(key) as Promise<Result> | undefined;
      if (earlier) return { result: await earlier, repeated: true };
      const pending = create();
      outcomes.set(key, pending);
      if (outcomes.size > capacity) {
        const oldest = outcomes.keys().next().value;
        if (oldest !== undefined) outcomes.delete(oldest);
      }
      const result = await pending.catch((error: unknown) => {
        outcomes.delete(key);
        throw error;
      });
      if (!result.ok) outcomes.delete(key);
      return { result, repeated: false };
    },
  };
}
