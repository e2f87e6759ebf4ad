import { describe, expect, it } from "vitest";
import {
  contentLanguage,
  countryLocale,
  formattingLocale,
  localeFromAcceptLanguage,
  localeFromCookies,
} from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { nlBE } from "@/lib/i18n/messages/nl-BE";
import { leafPaths, overlayMessages } from "@/lib/i18n/overlay";

const keys = (value: unknown) => leafPaths(value);

/** The leaf at a dotted path. */
const at = (tree: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree) as string;

/** The ICU arguments a message uses ({name}, {count, plural, …}). */
const argumentsOf = (message: string) => [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe("translations", () => {
  it("English has exactly the Dutch keys", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.nl).sort());
  });

  it("rule messages no longer wrap themselves in a rule-code prefix", () => {
    expect(messages.nl.rules).not.toHaveProperty("prefix");
    expect(messages.en.rules).not.toHaveProperty("prefix");
  });
});

describe("Flemish, an overlay over Dutch", () => {
  it("has only keys that exist in Dutch, each a message of its own wording", () => {
    const dutch = new Set(keys(messages.nl));
    const missing = keys(nlBE).filter((path) => !dutch.has(path));
    expect(missing).toEqual([]);
    const same = keys(nlBE).filter((path) => at(nlBE, path) === at(messages.nl, path));
    expect(same, "an override that says the same as Dutch").toEqual([]);
  });

  it("uses the same message arguments as the Dutch it replaces", () => {
    for (const path of keys(nlBE))
      expect(argumentsOf(at(nlBE, path)), path).toEqual(argumentsOf(at(messages.nl, path)));
  });

  it("is complete: every Dutch key, with Flemish wording where it differs", () => {
    expect(keys(messages["nl-BE"]).sort()).toEqual(keys(messages.nl).sort());
    expect(messages["nl-BE"].nav.municipality).toBe("Mijn lokaal bestuur");
    expect(messages["nl-BE"].recruitment.staff.register).toBe("Inschrijven voor de introductie");
    expect(messages["nl-BE"].auth.login.title).toBe(messages.nl.auth.login.title);
  });

  it("every mail text that says 'Met vriendelijke groet' says it the Flemish way", () => {
    const mails = keys(messages.nl).filter((path) => at(messages.nl, path).includes("Met vriendelijke groet,"));
    expect(mails.length).toBeGreaterThan(5);
    for (const path of mails) expect(at(messages["nl-BE"], path), path).toContain("Met vriendelijke groeten,");
  });
});

describe("overlayMessages", () => {
  it("replaces the leaves the overlay gives and keeps every other key", () => {
    const base = { a: "één", b: { c: "twee", d: "drie" } };
    expect(overlayMessages(base, { b: { d: "vier" } })).toEqual({ a: "één", b: { c: "twee", d: "vier" } });
    expect(base.b.d).toBe("drie");
  });

  it("with an empty overlay is the base", () => {
    expect(overlayMessages({ a: { b: "x" } }, {})).toEqual({ a: { b: "x" } });
  });
});

describe("which language", () => {
  it("a municipality's language: Flemish for Belgium, Dutch otherwise", () => {
    expect(countryLocale("BE")).toBe("nl-BE");
    expect(countryLocale("NL")).toBe("nl");
    expect(countryLocale(null)).toBe("nl");
  });

  it("Accept-Language picks the best of ours by weight, Belgian Dutch as Flemish", () => {
    expect(localeFromAcceptLanguage("nl-BE,nl;q=0.9,en;q=0.8")).toBe("nl-BE");
    expect(localeFromAcceptLanguage("nl-NL,nl;q=0.9")).toBe("nl");
    expect(localeFromAcceptLanguage("fr-BE,en;q=0.7,nl;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.2, nl-be;q=0.8")).toBe("nl-BE");
    expect(localeFromAcceptLanguage("de, fr;q=0.9")).toBeUndefined();
    expect(localeFromAcceptLanguage("nl;q=0, en;q=abc")).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });

  it("the cookie names one of the three languages, else Dutch", () => {
    expect(localeFromCookies("a=b; NEXT_LOCALE=nl-BE")).toBe("nl-BE");
    expect(localeFromCookies("NEXT_LOCALE=fr")).toBe("nl");
  });

  it("Flemish reads content stored in Dutch and formats dates the Belgian way", () => {
    expect(contentLanguage("nl-BE")).toBe("nl");
    expect(contentLanguage("en")).toBe("en");
    const date = new Date("2027-01-19T15:00:00Z");
    const short = (locale: "nl" | "nl-BE" | "en") =>
      new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "short", timeZone: "Europe/Brussels" }).format(
        date,
      );
    expect(short("nl")).toBe("19-01-2027");
    expect(short("nl-BE")).toBe("19/01/2027");
    expect(short("en")).toBe("19/01/2027");
  });
});
