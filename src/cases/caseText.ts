import { accepted, type FieldParse, refused } from './parseOutcome.js';

/** Why a case name or description was refused. */
export type CaseTextProblem = 'empty' | 'too_long';

/** Longest case name the bot accepts; long enough for a sentence, short enough for a list view. */
export const maxCaseNameLength = 150;
/** Longest description the bot accepts. */
export const maxDescriptionLength = 4000;

function lengthChecked(value: string, maxLength: number): FieldParse<string, CaseTextProblem> {
  if (value === '') return refused('empty');
  if (value.length > maxLength) return refused('too_long');
  return accepted(value);
}

/** Reads a case name: one line, white space folded. */
export function parseCaseName(text: string): FieldParse<string, CaseTextProblem> {
  return lengthChecked(text.replace(/\s+/g, ' ').trim(), maxCaseNameLength);
}

/** Reads a case description: keeps the user's paragraphs, folds runs of spaces. */
export function parseDescription(text: string): FieldParse<string, CaseTextProblem> {
  const value = text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return lengthChecked(value, maxDescriptionLength);
}
