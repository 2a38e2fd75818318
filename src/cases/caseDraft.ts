/** The fields the intake collects, in the order it asks for them. */
export const caseFields = ['name', 'description', 'email', 'phone', 'dueDate'] as const;

/** One of the fields of a case draft. */
export type CaseField = (typeof caseFields)[number];

/** A case as far as the user has described it: each field already checked and normalised. */
export interface CaseDraft {
  /** Short title of the case. */
  name?: string;
  /** What the problem is, in the user's words. */
  description?: string;
  /** Contact e-mail address. */
  email?: string;
  /** Contact phone number in E.164, e.g. +442079460018. */
  phone?: string;
  /** When the case is due: an ISO-8601 instant in UTC with milliseconds. */
  dueDate?: string;
}

/** A draft with every field filled: ready to confirm and submit. */
export type CompleteCaseDraft = Required<CaseDraft>;

/** The first field the draft still lacks, or undefined when it is complete. */
export function nextMissingField(draft: CaseDraft): CaseField | undefined {
  return caseFields.find((field) => draft[field] === undefined);
}

/** Narrows a draft to a complete one. */
export function isCompleteDraft(draft: CaseDraft): draft is CompleteCaseDraft {
  return nextMissingField(draft) === undefined;
}
