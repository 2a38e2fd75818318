import { z } from 'zod';
import { accepted, type FieldParse, refused } from './fieldParse.js';

/** Why an e-mail address was refused; each has its own hint for the user. */
export type EmailProblem = 'empty' | 'missing_at' | 'has_spaces' | 'missing_domain' | 'malformed';

const emailSchema = z.email();

/**
 * Reads an e-mail address. Accepts the address alone, in angle brackets or as a mailto: link;
 * lower-cases the domain (the local part is case-sensitive by the RFC, so it is kept).
 */
export function parseEmailAddress(text: string): FieldParse<string, EmailProblem> {
  const candidate = text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .replace(/[.,;]$/, '');
  if (candidate === '') return refused('empty');
  if (!candidate.includes('@')) return refused('missing_at');
  if (/\s/.test(candidate)) return refused('has_spaces');
  const at = candidate.lastIndexOf('@');
  const address = `${candidate.slice(0, at)}@${candidate.slice(at + 1).toLowerCase()}`;
  if (emailSchema.safeParse(address).success) return accepted(address);
  return refused(/@[^@]+\.[^@.]+$/.test(address) ? 'malformed' : 'missing_domain');
}
