import { z } from "zod";
import en from "zod/v4/locales/en.js";
import nl from "zod/v4/locales/nl.js";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

const zodLocales = { nl: nl().localeError, en: en().localeError };

export type FieldErrors = Record<string, string[]>;

/**
 * Parses untrusted input. Messages come from zod's Dutch or English locale; a schema
 * may instead give a message key starting with "@" (e.g. "@cases.form.titleHelp").
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  t: Translate,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const result = schema.safeParse(input, { error: zodLocales[locale] });
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    const message = issue.message.startsWith("@") ? t(issue.message.slice(1) as never) : issue.message;
    (fieldErrors[field] ??= []).push(message);
  }
  return { ok: false, fieldErrors };
}

/** FormData as a plain object; repeated keys (checkbox groups) become arrays. */
export function formToObject(form: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((value) => (typeof value === "string" ? value : value.name));
    object[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return object;
}
