import { type CountryCode, isSupportedCountry, Metadata } from 'libphonenumber-js/max';

/**
 * Where a number starts: no digit or "+" before it, whatever spaces, brackets or dashes stand
 * between ("7946 0018" holds a 00 that starts nothing).
 */
const numberStart = String.raw`(?<![\p{Nd}+][\s().-]*)`;

/** The prefixes written as "+", one pattern per region, made once each (at most one per region). */
const prefixPatterns = new Map<string, RegExp>();

/**
 * What dials abroad at the start of a number written in `region`: 00, which most of the world
 * dials and people write wherever they are, and the region's own prefix by libphonenumber's
 * metadata (Australia's 0011, the 011 of the US and Canada, Japan's 010), tried first. A space,
 * dot or dash may follow; a country code, which never starts with 0, must.
 */
function internationalPrefixes(region: string): RegExp {
  const known = prefixPatterns.get(region);
  if (known) return known;
  const own = isSupportedCountry(region) ? ownInternationalPrefix(region) : undefined;
  const pattern = new RegExp(
    String.raw`${numberStart}(?:${own ? `${own}|` : ''}00)[\s.-]?(?=[1-9])`,
    'gu',
  );
  // Only regions libphonenumber knows are kept, so the map cannot grow past them.
  if (own !== undefined) prefixPatterns.set(region, pattern);
  return pattern;
}

/** A region's international call prefix, as libphonenumber's pattern ("0011", "01[12]"). */
function ownInternationalPrefix(region: CountryCode): string | undefined {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region);
  return metadata.numberingPlan?.IDDPrefix() || undefined;
}

/**
 * "0049 30 …" as "+49 30 …", and "0011 44 20 …" typed in Australia as "+44 20 …": the prefix
 * that dials abroad, at the start of a number, written as spaces and a "+", so offsets into the
 * text stay true.
 */
export function withInternationalPlus(text: string, region: string): string {
  return text.replace(
    internationalPrefixes(region),
    (prefix) => `${' '.repeat(prefix.length - 1)}+`,
  );
}
