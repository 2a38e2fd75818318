/** Ten digits, perhaps grouped, and no more: a Mexican number as dialled since 2019. */
const tenDigits = String.raw`(?=[\s.-]*(?:\d[\s.-]*){10}(?!\d))`;

/**
 * Dialling prefixes a country retired that people still type, each for the region it is typed
 * in (or everywhere, after that country's code). Mexico dropped the "1" of mobiles after +52,
 * and the 044, 045 and 01 before a ten-digit number, in 2019 and 2020: "+52 1 55 1234 5678",
 * "044 55 1234 5678".
 */
const retiredPrefixes: readonly { region?: string; pattern: RegExp }[] = [
  { pattern: new RegExp(String.raw`(?<=\+\s*52[\s.-]*)1${tenDigits}`, 'gu') },
  { region: 'MX', pattern: new RegExp(String.raw`(?<![\d+])(?:044|045|01)${tenDigits}`, 'gu') },
];

/**
 * A text with the retired prefixes blanked out (spaces, so offsets into it stay true): the
 * number is then read as it is dialled today.
 */
export function withoutRetiredPrefixes(text: string, region: string): string {
  return retiredPrefixes.reduce(
    (blanked, { region: where, pattern }) =>
      where === undefined || where === region
        ? blanked.replace(pattern, (prefix) => ' '.repeat(prefix.length))
        : blanked,
    text,
  );
}
