import { toLocale } from "@/lib/i18n/config";
import { renderedErrorPage, serverError } from "./error-page";

/**
 * Prints app/error.tsx's markup: `tsx tests/support/print-error-page.tsx <locale> <digest>`.
 * tests/e2e/screens.spec.ts runs it, as Playwright's loader cannot import the message files.
 */
process.stdout.write(renderedErrorPage(toLocale(process.argv[2]), serverError(process.argv[3])));
