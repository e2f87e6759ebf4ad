// Pure helpers of the network library. No I/O.

/** The opening of a text for a list of results: whitespace flattened, cut at `length` with an ellipsis. */
export function excerpt(text: string, length = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
