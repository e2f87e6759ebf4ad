import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { messages } from "./messages";
import { TIME_ZONE } from "@/lib/i18n/config";

/** A translator usable anywhere on the server (actions, mail, lib), not only in React. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], timeZone: TIME_ZONE });
}

export type Translate = ReturnType<typeof translator>;
