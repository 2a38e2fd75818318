/** The language code of a locale tag: `en-GB` → `en`; English when none is given. */
export function languageOf(locale: string | undefined): string {
  const language = locale?.split(/[-_]/)[0]?.toLowerCase();
  return language && /^[a-z]{2,3}$/.test(language) ? language : 'en';
}
