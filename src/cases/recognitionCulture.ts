/**
 * The cultures the recognizers run in. English is split by how people write numeric dates:
 * month-first (US) or day-first (most of the rest of the English-speaking world).
 */
export type RecognitionCulture = (typeof recognitionCultures)[number];

/** Every culture the recognizers run in. */
export const recognitionCultures = ['en-us', 'en-gb', 'es-es'] as const;

/** English locales that write numeric dates month-first, like the US. */
const monthFirstEnglish = new Set([
  'en',
  'en-us',
  'en-ca',
  'en-ph',
  'en-um',
  'en-as',
  'en-gu',
  'en-pr',
  'en-vi',
]);

/** The recognizer culture for a conversation's locale (BCP-47); US English when unknown. */
export function recognitionCultureFor(locale: string | undefined): RecognitionCulture {
  const tag = (locale ?? '').toLowerCase().replace('_', '-');
  if (tag.startsWith('es')) return 'es-es';
  if (!tag.startsWith('en') || monthFirstEnglish.has(tag)) return 'en-us';
  return 'en-gb';
}
