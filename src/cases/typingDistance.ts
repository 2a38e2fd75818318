/**
 * How many slips of the keyboard turn one word into another: a letter left out, one too many,
 * one wrong, or two neighbours swapped ("gmial" is one slip from "gmail"). The optimal string
 * alignment distance.
 */
export function typingDistance(typed: string, meant: string): number {
  // rows[i][j]: the slips between the first i letters typed and the first j meant.
  const rows = Array.from({ length: typed.length + 1 }, (_, i) =>
    Array.from({ length: meant.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= typed.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= meant.length; j++) {
      const wrong = typed[i - 1] === meant[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + wrong);
      const swapped =
        i > 1 && j > 1 && typed[i - 1] === meant[j - 2] && typed[i - 2] === meant[j - 1];
      if (swapped) row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(typed.length, meant.length);
}
