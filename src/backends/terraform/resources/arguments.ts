/** A list argument only when non-empty: ECS omits empty lists, and sending them shows up as drift or empty blocks. */
export function nonEmpty<K extends string, T>(key: K, items: readonly T[]): Partial<Record<K, T[]>> {
  return items.length === 0 ? {} : ({ [key]: [...items] } as Partial<Record<K, T[]>>);
}

/** An optional argument only when set, so the JSON carries no `null`s. */
export function optional<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, T>>);
}
