import type { CompleteCaseDraft } from '../cases/caseDraft.js';
import { buildCaseRequest, type CaseUser } from '../cases/caseRequest.js';
import type { CaseSubmitter, Delivery, OutboxOutcome } from './caseOutbox.js';

/** A draft the person confirmed, and everything creating its case needs. */
export interface ConfirmedDraft {
  /** The same key for every submit of this draft, so it creates at most one case. */
  key: string;
  draft: CompleteCaseDraft;
  /** Who the case is for (`userInfo`). */
  user: CaseUser;
  /** The language the result is told in. */
  language: string;
  /** How a result the turn does not wait for reaches the person. */
  delivery?: Delivery;
}

/**
 * The one way a confirmed draft becomes a case, for the chat intake and the Teams message action
 * alike: the createCase body for the deployment's template, into the submitter both share (the
 * outbox in the bot), which keeps one record per draft key.
 */
export function submitDraft(
  submitter: CaseSubmitter,
  caseTemplate: string,
  { key, draft, user, language, delivery }: ConfirmedDraft,
): Promise<OutboxOutcome> {
  return submitter.submit(key, buildCaseRequest(draft, user, caseTemplate), language, delivery);
}
