/** A message tree: nested objects whose leaves are ICU message strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/**
 * `base` with the leaves `overlay` gives replaced; every other key as in `base`. The Flemish
 * catalogue is Dutch with only the wording that differs (lib/i18n/messages/nl-BE).
 */
export function overlayMessages<T extends MessageTree>(base: T, overlay: MessageTree): T {
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const under = merged[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? overlayMessages(under, value) : value;
  }
  return merged as T;
}

/** The dotted paths of every leaf of `tree`. */
export function leafPaths(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}
