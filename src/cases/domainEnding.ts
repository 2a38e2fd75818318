/**
 * Endings of more than two letters that addresses really have. Every two-letter ending is taken
 * for a country's: most are, and a rare one is no reason to call a real address mistyped.
 */
const genericEndings = new Set([
  ...['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'mobi'],
  ...['aero', 'asia', 'cat', 'coop', 'jobs', 'museum', 'post', 'tel', 'travel', 'eus', 'gal'],
  ...['app', 'dev', 'email', 'online', 'site', 'tech', 'cloud', 'xyz', 'club', 'blog', 'shop'],
  ...['store', 'digital', 'live', 'life', 'world', 'team', 'company', 'agency', 'solutions'],
  ...['services', 'global', 'group', 'studio', 'design', 'media', 'news', 'network', 'software'],
  ...['systems', 'works', 'legal', 'health', 'bank', 'insurance', 'capital', 'finance'],
  ...['berlin', 'wien', 'paris', 'london', 'madrid', 'barcelona', 'bcn', 'nyc', 'tokyo'],
]);

/**
 * Whether a domain's ending (what follows its first name: "com", "co.uk", "es") exists: its
 * last part is two letters, an internationalised ending ("xn--…") or a known longer one.
 */
export function isRealDomainEnding(ending: string): boolean {
  const last = ending.slice(ending.lastIndexOf('.') + 1);
  return /^[a-z]{2}$/.test(last) || last.startsWith('xn--') || genericEndings.has(last);
}
