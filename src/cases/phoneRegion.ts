import { isSupportedCountry } from 'libphonenumber-js/max';
import { countryOfZone } from './zoneCountry.js';

/** The region subtag of a BCP-47 language tag: "es-ES" → ES, "en_GB" → GB, "zh-Hant-TW" → TW. */
const regionSubtag = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?:[-_]|$)/i;

/**
 * The country phone numbers written without a country code are read in: the one the person's
 * locale names ("612 34 56 78" from an es-ES client is Spanish, "020 …" from en-GB British);
 * for a locale that names none ("es"), the one their time zone is in (Europe/Madrid: Spain);
 * else the deployment's default.
 */
export function phoneRegionFor(
  locale: string | undefined,
  timeZone: string | undefined,
  fallback: string,
): string {
  const named = regionSubtag.exec(locale ?? '')?.[1]?.toUpperCase();
  if (named && isSupportedCountry(named)) return named;
  return countryOfZone(timeZone) ?? fallback;
}
