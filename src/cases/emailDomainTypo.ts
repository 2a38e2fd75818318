import { isRealDomainEnding } from './domainEnding.js';
import { mailProviders } from './mailProviders.js';
import { typingDistance } from './typingDistance.js';

/**
 * Provider names shorter than this are only taken as typed: a slip away from "aol", "gmx" or
 * "web" is as likely another real domain ("aon.com") as a typo.
 */
const shortestGuessedName = 5;

/**
 * A likely intended address when the domain looks like a typo of a mail provider's ("gmial.com"
 * → "gmail.com", "outlok.es" → "outlook.es", "gmail.con" → "gmail.com"); undefined when the
 * domain is one of theirs, a real-looking one of an exact provider name ("gmx.es", "gmail.es"),
 * or unknown.
 */
export function suggestEmailCorrection(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  const meant = intendedMailDomain(address.slice(at + 1));
  return meant ? `${address.slice(0, at)}@${meant}` : undefined;
}

function intendedMailDomain(domain: string): string | undefined {
  const dot = domain.indexOf('.');
  if (dot < 0) return undefined;
  const typedName = domain.slice(0, dot);
  const ending = domain.slice(dot + 1);
  const name = mailProviders.has(typedName) ? typedName : nearestProviderName(typedName);
  const endings = name === undefined ? undefined : mailProviders.get(name);
  if (!name || !endings) return undefined;
  if (endings.includes(ending)) return name === typedName ? undefined : `${name}.${ending}`;
  const meantEnding = intendedEnding(endings, ending);
  return meantEnding ? `${name}.${meantEnding}` : undefined;
}

/**
 * The one provider name a slip from `typed` (two for a long name), with the same first letter,
 * which people seldom get wrong ("iclod" → "icloud", but "cloud" stays).
 */
function nearestProviderName(typed: string): string | undefined {
  const near = [...mailProviders.keys()]
    .filter((name) => name.length >= shortestGuessedName && name[0] === typed[0])
    .map((name) => ({ name, slips: typingDistance(typed, name) }))
    .filter(({ name, slips }) => slips <= (name.length >= 8 ? 2 : 1));
  const fewest = Math.min(...near.map(({ slips }) => slips));
  const nearest = near.filter(({ slips }) => slips === fewest);
  return nearest.length === 1 ? nearest[0]?.name : undefined;
}

/**
 * The ending a provider's address was meant to have: ".com" for a slip of it (".con", ".co",
 * ".cm"), else the provider's one ending a slip from one that does not exist (".esp" → ".es").
 * An ending that exists is left alone: the provider may well use it ("gmail.es", "hotmail.be").
 */
function intendedEnding(endings: readonly string[], typed: string): string | undefined {
  if (endings.includes('com') && typingDistance(typed, 'com') === 1) return 'com';
  if (isRealDomainEnding(typed)) return undefined;
  const near = endings.filter((ending) => typingDistance(typed, ending) === 1);
  return near.length === 1 ? near[0] : undefined;
}
