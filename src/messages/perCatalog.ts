/**
 * A value made from a catalog's words once per catalog, for lists asked about at every reply
 * ("please" and "thanks" as one list, a command's words with its asides): made anew, each would
 * be folded into phrases anew on every message. Catalogs live as long as the process.
 */
export function perCatalog<C extends object, T>(make: (catalog: C) => T): (catalog: C) => T {
  const made = new WeakMap<C, T>();
  return (catalog) => {
    let value = made.get(catalog);
    if (value === undefined) {
      value = make(catalog);
      made.set(catalog, value);
    }
    return value;
  };
}
