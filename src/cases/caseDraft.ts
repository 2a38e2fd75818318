import { type CaseField, caseFields } from './fields/caseFieldSpecs.js';

export { type CaseField, caseFields } from './fields/caseFieldSpecs.js';

/**
 * A case as far as the user has described it: each field already checked and normalised, in the
 * form the case API receives (see each field's spec in `fields/`).
 */
export type CaseDraft = { [F in CaseField]?: string };

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
