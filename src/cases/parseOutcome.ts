/** The outcome of reading one field from what the user typed: a value, or why it was refused. */
export type FieldParse<Value, Problem extends string> =
  | { ok: true; value: Value }
  | { ok: false; problem: Problem };

/** A successful parse. */
export function accepted<Value>(value: Value): { ok: true; value: Value } {
  return { ok: true, value };
}

/** A refused parse, with the reason the user will be told. */
export function refused<Problem extends string>(problem: Problem): { ok: false; problem: Problem } {
  return { ok: false, problem };
}
