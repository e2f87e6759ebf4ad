import type { Locale } from "./config";
import { en } from "./messages/en";
import { nl } from "./messages/nl";

/** Dutch is the source of truth; English must have the same keys (tests/unit/i18n). */
export type Messages = typeof nl;

export const messages: Record<Locale, Messages> = { nl, en };
