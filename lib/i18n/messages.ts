import type { Locale } from "./config";
import { en } from "./messages/en";
import { nl } from "./messages/nl";
import { nlBE } from "./messages/nl-BE";
import { overlayMessages } from "./overlay";

/** Dutch is the source of truth; English must have the same keys, Flemish only Dutch keys (tests/unit/i18n). */
export type Messages = typeof nl;

export const messages: Record<Locale, Messages> = { nl, "nl-BE": overlayMessages(nl, nlBE), en };
