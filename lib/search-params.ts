/** A page's query string as Next hands it over: a key may come once, several times or not at all. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value per key, for a zod schema to parse (a repeated key never reaches it as an array). */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}

/** A query string of the given values, leaving out the empty ones ("" when none is left). */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const kept = Object.entries(values).filter((entry): entry is [string, string | number] => Boolean(entry[1]));
  return kept.length ? `?${new URLSearchParams(kept.map(([key, value]) => [key, String(value)]))}` : "";
}
