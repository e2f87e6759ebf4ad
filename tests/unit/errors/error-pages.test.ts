import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "@/app/global-error";
import { localeFromCookies } from "@/lib/i18n/config";
import { renderedErrorPage as renderPageError, serverError } from "@/tests/support/error-page";

const retry = () => {};

describe("the error page (app/error.tsx)", () => {
  it("says in Dutch what happened and what to do, with the digest as reference code", () => {
    const html = renderPageError("nl", serverError("4172839561"));
    expect(html).toContain("<h1");
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain("Wat kunt u doen?");
    expect(html).toContain('Referentiecode: <code class="font-mono">4172839561</code>');
    expect(html).toContain("noem de referentiecode");
    expect(html).toMatch(/<button type="button"[^>]*>Opnieuw proberen<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Naar uw startpagina<\/a>/);
    expect(html).toContain("<title>Er ging iets mis · Middengrond</title>");
  });

  it("says the same in English", () => {
    const html = renderPageError("en", serverError("4172839561"));
    expect(html).toContain("Something went wrong");
    expect(html).toContain("What can you do?");
    expect(html).toContain('Reference code: <code class="font-mono">4172839561</code>');
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Go to your start page<\/a>/);
  });

  it("never shows the error's message", () => {
    const html = renderPageError("nl", serverError("4172839561"));
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).not.toContain("secret");
  });

  it("without a digest (an error in the browser) asks for no reference code", () => {
    for (const error of [serverError(), new Error("x is undefined"), "thrown text", null]) {
      const html = renderPageError("nl", error);
      expect(html).not.toContain("Referentiecode");
      expect(html).not.toContain("noem de referentiecode");
      expect(html).toContain("vertel wat u aan het doen was");
      expect(html).not.toContain("undefined");
      expect(html).not.toContain("thrown text");
    }
  });
});

describe("the error page for a broken root layout (app/global-error.tsx)", () => {
  it("renders its own document in Dutch until the browser reads the language cookie", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: serverError("99"), retry }));
    expect(html).toMatch(/^<html lang="nl">/);
    expect(html).toContain("<body");
    expect(html).toContain("Middengrond");
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain('Referentiecode: <code class="font-mono">99</code>');
    expect(html).toMatch(/<button type="button"[^>]*>Opnieuw proberen<\/button>/);
    expect(html).not.toContain("ECONNREFUSED");
  });

  it("takes the language from the cookie the language switch sets", () => {
    expect(localeFromCookies("theme=dark; NEXT_LOCALE=en")).toBe("en");
    expect(localeFromCookies("NEXT_LOCALE=nl")).toBe("nl");
    expect(localeFromCookies("NEXT_LOCALE=fr")).toBe("nl");
    expect(localeFromCookies("")).toBe("nl");
    expect(localeFromCookies("MY_NEXT_LOCALE=en")).toBe("nl");
  });
});
