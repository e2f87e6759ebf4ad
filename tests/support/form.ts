/** What a form sends: one value per field, or several under one name (checkboxes, multi-selects). */
export type Fields = Record<string, string | readonly string[]>;

/** The FormData a browser would post for `fields`, to call a server action with. */
export function form(fields: Fields = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}
