import { z } from "zod";
import en from "zod/v4/locales/en.js";
import nl from "zod/v4/locales/nl.js";
import { contentLanguage, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { hasControlCharacters } from "@/lib/validation/text";

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
  if (input === NOT_A_FORM) return { ok: false, fieldErrors: { _form: [t("form.notAForm")] } };
  const unreadable = fieldsWithControlCharacters(input);
  if (unreadable.length > 0)
    return {
      ok: false,
      fieldErrors: Object.fromEntries(unreadable.map((field) => [field, [t("form.controlCharacters")]])),
    };
  const result = schema.safeParse(input, { error: zodLocales[contentLanguage(locale)] });
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    const message = issue.message.startsWith("@") ? t(issue.message.slice(1) as never) : issue.message;
    (fieldErrors[field] ??= []).push(message);
  }
  return { ok: false, fieldErrors };
}

/** The fields (top-level keys) whose text holds a control character, checked before any schema (every action's input). */
function fieldsWithControlCharacters(input: unknown): string[] {
  if (typeof input !== "object" || input === null)
    return typeof input === "string" && hasControlCharacters(input) ? ["_form"] : [];
  return Object.entries(input)
    .filter(
      ([key, value]) =>
        hasControlCharacters(key) ||
        [value].flat().some((item) => typeof item === "string" && hasControlCharacters(item)),
    )
    .map(([key]) => (hasControlCharacters(key) ? "_form" : key));
}

/** What formToObject gives for a request body that is not form data: every schema refuses it. */
export const NOT_A_FORM: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * FormData as a plain object; repeated keys (checkbox groups) become arrays. A crafted
 * request can hand an action anything instead of FormData: that gives NOT_A_FORM, which
 * parseInput refuses after the sign-in check, instead of a TypeError (a 500).
 */
export function formToObject(form: unknown): Record<string, unknown> {
  if (!(form instanceof FormData)) return NOT_A_FORM;
  const object: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).map((value) => (typeof value === "string" ? value : value.name));
    object[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return object;
}
