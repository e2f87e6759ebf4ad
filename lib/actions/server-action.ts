import type { z } from "zod";
import { may, type Ability } from "@/lib/auth/policy";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { AccessDenied, FieldConflict, NotFound, Refusal, RuleViolation } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { currentLocale } from "@/lib/i18n/locale";
import { translator, type Translate } from "@/lib/i18n/translate";
import { ruleMessage } from "./rule-message";
import type { ActionState } from "./state";
import { parseInput } from "./validate";

type Work<S extends z.ZodType, T> = (
  user: SessionUser,
  data: z.output<S>,
  context: { locale: Locale; t: Translate },
) => Promise<T | { data: T; message?: string; warnings?: string[] }>;

/**
 * The one shape of every server action: authenticate, authorise the ability's role
 * (lib/auth/policy.ts), validate with zod, run the use case from lib/, and turn what it
 * throws into a translated message (R21). The use case checks the ability's scope — the
 * municipality (R20), the case — against the record, in its transaction.
 */
export async function serverAction<S extends z.ZodType, T>(
  options: { ability: Ability; schema: S; input: unknown },
  work: Work<S, T>,
): Promise<ActionState<T>> {
  const locale = await currentLocale();
  const t = translator(locale);
  const user = await currentUser();
  if (!user || !may(user, options.ability)) return failure(t("errors.accessDenied"));
  const parsed = parseInput(options.schema, options.input, locale, t);
  if (!parsed.ok) return { status: "error", message: t("form.fixErrors"), fieldErrors: parsed.fieldErrors };
  try {
    const outcome = await work(user, parsed.data, { locale, t });
    return isWrapped<T>(outcome) ? { status: "success", ...outcome } : { status: "success", data: outcome };
  } catch (error) {
    return toErrorState(error, locale, t);
  }
}

function isWrapped<T>(value: unknown): value is { data: T; message?: string; warnings?: string[] } {
  return (
    typeof value === "object" &&
    value !== null &&
    "data" in value &&
    Object.keys(value).every((k) => ["data", "message", "warnings"].includes(k))
  );
}

const failure = (message: string): ActionState<never> => ({ status: "error", message });

/**
 * An action anyone may use without an account (setting a password from a mailed link,
 * asking for one): validation and error handling as in `serverAction`, no sign-in.
 */
export async function publicAction<S extends z.ZodType, T>(
  options: { schema: S; input: unknown },
  work: (data: z.output<S>, context: { locale: Locale; t: Translate }) => Promise<{ data: T; message?: string }>,
): Promise<ActionState<T>> {
  const locale = await currentLocale();
  const t = translator(locale);
  const parsed = parseInput(options.schema, options.input, locale, t);
  if (!parsed.ok) return { status: "error", message: t("form.fixErrors"), fieldErrors: parsed.fieldErrors };
  try {
    return { status: "success", ...(await work(parsed.data, { locale, t })) };
  } catch (error) {
    return toErrorState(error, locale, t);
  }
}

export function toErrorState(error: unknown, locale: Locale, t: Translate): ActionState<never> {
  if (error instanceof RuleViolation) {
    return { status: "error", rule: error.rule, message: ruleMessage(error, locale, t) };
  }
  if (error instanceof FieldConflict)
    return {
      status: "error",
      message: t("form.fixErrors"),
      fieldErrors: { [error.field]: [t(error.key as never, error.params as never)] },
    };
  if (error instanceof Refusal) return failure(t(error.key as never, error.params as never));
  if (error instanceof AccessDenied) return failure(t("errors.accessDenied"));
  if (error instanceof NotFound) return failure(t("errors.notFound"));
  if (isRedirect(error)) throw error;
  // Only the error's kind is logged: messages may quote case text (docs/domain.md Privacy).
  console.error(
    `server action failed: ${(error as Error)?.name ?? "unknown"} ${(error as { code?: string })?.code ?? ""}`,
  );
  return failure(t(isConflict(error) ? "errors.conflict" : "errors.unexpected"));
}

function isRedirect(error: unknown) {
  const digest = (error as { digest?: string })?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"));
}

function isConflict(error: unknown) {
  const text = `${(error as { code?: string })?.code ?? ""} ${(error as Error)?.message ?? ""}`;
  return /P2002|P2034|23505|40001|40P01/.test(text);
}
