import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { messages } from "./messages";

/** A translator usable anywhere on the server (actions, mail, lib), not only in React. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], timeZone: "Europe/Amsterdam" });
}

export type Translate = ReturnType<typeof translator>;
