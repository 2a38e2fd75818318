import { ActivityTypes } from 'botbuilder';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Request, Response } from 'restify';
import type { CaseApiCallEvent } from '../caseApi/caseApi.js';
import type { RateLimitedWarning } from '../logging/rateLimitedWarning.js';
import type { OutboxStats } from '../submission/caseOutbox.js';
import type { CaseSubmission, SubmissionOutcome } from '../submission/caseSubmission.js';
import { withinMs } from './timeLimit.js';

/** What the app's metrics are fed from; the outbox figures only once there is an outbox. */
export interface AppMetricsOptions {
  outboxStats?: () => Promise<OutboxStats>;
}

/** The app's Prometheus metrics and the events that feed them. */
export interface AppMetrics {
  registry: Registry;
  /** Runs one turn of the bot and counts it, as ok or as an error (which it passes on). */
  countTurn(activityType: string | undefined, turn: () => Promise<void>): Promise<void>;
  /** Counts each refusal at /api/messages by its reason before logging it as `warn` does. */
  countingRefusals(warn: RateLimitedWarning): RateLimitedWarning;
  /** Records one case API call (the client's observer). */
  caseApiCall(event: CaseApiCallEvent): void;
  /** Counts the cases a search found (an earlier attempt had created them) among cases created. */
  countingFoundCases(submission: CaseSubmission): CaseSubmission;
}

/** Activity types are the caller's text: anything but botbuilder's own is counted as `other`. */
const knownActivityTypes = new Set<string>(Object.values(ActivityTypes));
/** From a quick answer to the client's longest timeout with its retries. */
const callDurationBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** One scrape reads the outbox once for both of its gauges, and waits this long at most. */
const outboxStatsReuseMs = 1_000;
const outboxStatsTimeoutMs = 1_000;

/**
 * A registry of its own per app (tests run many apps in one process), with Node's process
 * metrics and the bot's. Labels take values from fixed sets only: never a conversation, a user or
 * anything they typed.
 */
export function createAppMetrics(options: AppMetricsOptions = {}): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const turns = new Counter({
    name: 'case_intake_turns_total',
    help: 'Turns the bot ran, by activity type and outcome (ok, or error when the turn threw).',
    labelNames: ['activity_type', 'outcome'] as const,
    registers,
  });
  const refused = new Counter({
    name: 'case_intake_requests_refused_total',
    help: 'Requests to /api/messages refused before a turn, by reason (body_400, body_413, body_415, invalid_activity, or an authentication refusal).',
    labelNames: ['reason'] as const,
    registers,
  });
  const casesCreated = new Counter({
    name: 'case_intake_cases_created_total',
    help: 'Cases created, by how the bot learnt of them: created (createCase answered) or found_by_search (an attempt whose answer was lost had created it).',
    labelNames: ['how'] as const,
    registers,
  });
  const callDuration = new Histogram({
    name: 'case_intake_case_api_call_duration_seconds',
    help: 'Duration of case API calls, retries and their waits included, by call (createCase, getCases) and outcome (ok or the error kind).',
    labelNames: ['call', 'outcome'] as const,
    buckets: callDurationBuckets,
    registers,
  });
  const apiErrors = new Counter({
    name: 'case_intake_case_api_errors_total',
    help: 'Case API calls that failed, after retries, by call and error kind (rejected, auth, rate_limited, unavailable, unknown_outcome, invalid_response).',
    labelNames: ['call', 'kind'] as const,
    registers,
  });
  for (const how of ['created', 'found_by_search']) casesCreated.inc({ how }, 0);

  const readOutbox = outboxReader(options.outboxStats);
  new Gauge({
    name: 'case_intake_outbox_depth',
    help: 'Confirmed submissions waiting in the outbox (0 without an outbox, NaN when it cannot be read).',
    registers,
    async collect() {
      this.set((await readOutbox())?.depth ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'case_intake_outbox_oldest_age_seconds',
    help: 'How long the oldest submission in the outbox has waited (0 when empty or without an outbox, NaN when it cannot be read).',
    registers,
    async collect() {
      this.set((await readOutbox())?.oldestAgeSeconds ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'case_intake_outbox_waiting_after_failure',
    help: 'Submissions in the outbox waiting to be sent again, by the kind of their last failure (auth: the case API refuses the bot credentials).',
    labelNames: ['kind'] as const,
    registers,
    async collect() {
      this.reset();
      const waiting = (await readOutbox())?.waitingAfter ?? {};
      for (const [kind, count] of Object.entries(waiting)) this.set({ kind }, count);
    },
  });

  return {
    registry,
    async countTurn(activityType, turn) {
      const activity_type =
        activityType && knownActivityTypes.has(activityType) ? activityType : 'other';
      try {
        await turn();
      } catch (error) {
        turns.inc({ activity_type, outcome: 'error' });
        throw error;
      }
      turns.inc({ activity_type, outcome: 'ok' });
    },
    countingRefusals: (warn) => (kind, details) => {
      refused.inc({ reason: kind });
      warn(kind, details);
    },
    caseApiCall({ call, durationMs, outcome }) {
      callDuration.observe({ call, outcome }, durationMs / 1000);
      if (outcome !== 'ok') apiErrors.inc({ call, kind: outcome });
      else if (call === 'createCase') casesCreated.inc({ how: 'created' });
    },
    countingFoundCases: (submission) => {
      const counted = (outcome: SubmissionOutcome) => {
        if (outcome.ok && outcome.kind === 'found' && !outcome.repeated)
          casesCreated.inc({ how: 'found_by_search' });
        return outcome;
      };
      return {
        submit: async (...args) => counted(await submission.submit(...args)),
        submitUnlessBusy: async (...args) => counted(await submission.submitUnlessBusy(...args)),
      };
    },
  };
}

/**
 * The outbox's figures, read at most once per scrape; undefined when they cannot be read. Without
 * an outbox they are zero.
 */
function outboxReader(
  outboxStats: (() => Promise<OutboxStats>) | undefined,
): () => Promise<OutboxStats | undefined> {
  if (!outboxStats) return async () => ({ depth: 0, oldestAgeSeconds: 0, waitingAfter: {} });
  let last: { at: number; stats: Promise<OutboxStats | undefined> } | undefined;
  return () => {
    const now = performance.now();
    if (!last || now - last.at > outboxStatsReuseMs) {
      const stats = withinMs(outboxStats(), outboxStatsTimeoutMs).catch(() => undefined);
      last = { at: now, stats };
    }
    return last.stats;
  };
}

/** GET /metrics: the registry in Prometheus's text format. */
export function metricsEndpoint(metrics: AppMetrics) {
  return async (_req: Request, res: Response): Promise<void> => {
    const text = await metrics.registry.metrics();
    res.sendRaw(200, text, { 'content-type': metrics.registry.contentType });
  };
}
