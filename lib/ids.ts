const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter can be a record id (anything else is a 404 without a query). */
export function isUuid(value: string | undefined): value is string {
  return typeof value === "string" && UUID.test(value);
}
