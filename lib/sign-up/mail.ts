// The mails of signing up with an intro's link (ADR 0032), in the recipient's language.
import type { Tx } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { notify } from "@/lib/notifications/notify";
import { formatWhen } from "@/lib/sessions/labels";

type Recipient = { id: string; email: string; name: string; locale: string };
type Intro = { startsAt: Date; endsAt: Date; title: string };

function compose(to: Recipient, intro: Intro, body: (t: ReturnType<typeof translator>, when: string) => string) {
  const locale = toLocale(to.locale);
  const t = translator(locale);
  const when = formatWhen(intro.startsAt, intro.endsAt, locale);
  return { t, text: `${t("sessions.mail.greeting", { name: to.name })}\n\n${body(t, when)}` };
}

/** The link that proves the address is theirs: they choose a password, and are registered for the intro. */
export async function notifySignUpConfirmation(tx: Tx, to: Recipient, intro: Intro, link: string) {
  const { t, text } = compose(to, intro, (t, when) => t("signUp.mail.confirmBody", { title: intro.title, when, link }));
  await notify(tx, { to, kind: "signUp.confirm", subject: t("signUp.mail.confirmSubject"), body: text });
}

/**
 * Someone signed up with an address that already has an account: the page said the same as
 * always, and this mail tells the owner to sign in and register there instead.
 */
export async function notifyAlreadyHasAccount(tx: Tx, to: Recipient, intro: Intro, origin: string) {
  const { t, text } = compose(to, intro, (t, when) =>
    t("signUp.mail.knownBody", {
      title: intro.title,
      when,
      signIn: `${origin}/login`,
      forgot: `${origin}/login/forgot`,
    }),
  );
  await notify(tx, { to, kind: "signUp.known", subject: t("signUp.mail.knownSubject"), body: text });
}
