/**
 * Lookup by id in a record without going through the object prototype: for an id such as
 * "constructor" or "toString", `record[id]` on a record that lacks it returns a function
 * from Object.prototype, not `undefined`. Ids are data; this is the one way to read them
 * out of a plain record (results and scenarios cross worker boundaries and JSON as plain
 * objects, so a null prototype alone would not survive).
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
