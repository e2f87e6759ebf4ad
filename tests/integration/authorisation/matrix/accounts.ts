// The authorisation matrix (./index.ts): Signing in, one's own account and calendar, the public intake form, and the routes of no area.
import { randomUUID } from "node:crypto";
import { hashToken } from "@/lib/accounts/tokens";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { intakeForm } from "../../../support/fixtures";
import { actorId } from "../scenario";
import { everyone, signedIn, type ActionEntries, type PageEntries, type RouteEntries } from "./entry";

export const ACTIONS: ActionEntries = {
  "action app/aanvraag/actions.ts#submitIntakeAction": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "the public intake form: no account needed",
        form: intakeForm,
      },
    ],
  },
  "action app/login/actions.ts#signInWithPassword": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "signing in is for everyone; credentials are checked by Auth.js (tests/integration/sign-in.test.ts)",
        form: () => ({ email: "iemand@example.test", password: "x" }),
      },
    ],
  },
  "action app/account/actions.ts#signOutAction": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "ends this browser's own session, if any (tests/integration/sign-out.test.ts)",
        form: () => ({}),
      },
    ],
  },
  "action app/account/actions.ts#signOutEverywhereAction": {
    ability: "useOwnAccount",
    calls: [{ allow: signedIn, why: "each person ends their own sessions, on every device", form: () => ({}) }],
  },
  "action app/account/actions.ts#chooseRemindersAction": {
    ability: "useOwnAccount",
    calls: [
      {
        allow: signedIn,
        why: "each person chooses their own optional reminders",
        form: () => ({ reminders: "sessionTomorrow" }),
      },
    ],
  },
  "action app/account/actions.ts#updateProfileAction": {
    ability: "useOwnAccount",
    calls: [
      {
        allow: signedIn,
        why: "each person edits their own name, work field and job title",
        form: () => ({ name: "Eigen Naam", workField: "CARE", jobTitle: "Wijkcoach" }),
      },
    ],
  },
  "action app/account/actions.ts#chooseLanguageAction": {
    ability: "useOwnAccount",
    calls: [
      {
        allow: signedIn,
        // Dutch, so the matrix's later calls by the same actor still answer in the language it expects.
        why: "each person chooses the language of their own screens and mail",
        form: () => ({ locale: "nl" }),
      },
    ],
  },
  "action app/account/actions.ts#changePasswordAction": {
    ability: "useOwnAccount",
    calls: [
      {
        allow: signedIn,
        why: "each person changes their own password, proven with the current one (tests/integration/accounts/profile.test.ts)",
        form: async (s, actor) => {
          const current = "het huidige lange wachtwoord";
          const id = actorId(s, actor);
          if (id)
            await (await db()).user.update({ where: { id }, data: { passwordHash: await hashPassword(current) } });
          return { current, password: "een nieuwe lange zin", confirm: "een nieuwe lange zin" };
        },
      },
    ],
  },
  "action app/calendar/actions.ts#resetCalendarTokenAction": {
    ability: "useOwnAccount",
    calls: [{ allow: signedIn, why: "each person resets their own feed address", form: () => ({}) }],
  },
  "action app/account/password/[token]/actions.ts#setPasswordAction": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "the mailed one-time link is the key; no account is signed in yet",
        form: async (s) => {
          const token = randomUUID() + randomUUID();
          const person = await s.fresh.person();
          await (
            await db()
          ).passwordToken.create({
            data: {
              userId: person.id,
              tokenHash: hashToken(token),
              purpose: "INVITE",
              expiresAt: new Date(Date.now() + 3600_000),
            },
          });
          return { token, password: "een lange zin als wachtwoord", confirm: "een lange zin als wachtwoord" };
        },
      },
    ],
  },
  "action app/login/forgot/actions.ts#requestPasswordResetAction": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "anyone may ask; the answer never says whether the address has an account (links only with APP_URL set)",
        form: async (s) => {
          process.env.APP_URL = "https://middengrond.example.nl";
          return { email: (await s.fresh.person()).email };
        },
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /": { ability: "signedIn", calls: [{ allow: signedIn, why: "sends each role to its start page" }] },
  "page /login": { ability: "public", calls: [{ allow: everyone }] },
  "page /aanvraag": { ability: "public", calls: [{ allow: everyone, why: "the public intake form" }] },
  "page /account": { ability: "useOwnAccount", calls: [{ allow: signedIn, why: "one's own account and data export" }] },
  "page /calendar": {
    ability: "useOwnAccount",
    calls: [{ allow: signedIn, why: "one's own schedule and feed address" }],
  },
  "page /account/password/[token]": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "the mailed link; an unknown or expired one shows how to ask for a new one",
        params: () => ({ token: "onbekend" }),
      },
    ],
  },
  "page /login/forgot": { ability: "public", calls: [{ allow: everyone }] },
};

export const ROUTES: RouteEntries = {
  "route /reference": { calls: [{ allow: everyone, why: "the benchmark's static page" }] },
  "route /api/auth/[...nextauth]": {
    calls: [{ allow: everyone, why: "Auth.js itself (sign-in, session)", params: () => ({ nextauth: ["session"] }) }],
  },
  "route /api/debug/queries": {
    calls: [{ allow: [], why: "404 for everyone unless the server runs with MG_QUERY_STATS=1 (benchmark only)" }],
  },
  "route /api/health": {
    calls: [
      { allow: everyone, why: "load balancers and start scripts ask it without signing in; it says only ok or not" },
    ],
  },
  "route /account/export": { calls: [{ allow: signedIn, why: "each person's own data (GDPR)" }] },
  "route /calendar/[feed]": {
    calls: [
      {
        variant: "staffA's feed address",
        allow: everyone,
        bearer: true,
        why: "no sign-in: calendar apps cannot log in; the secret token is the key",
        params: async (s) => {
          const { calendarToken } = await (
            await db()
          ).user.findUniqueOrThrow({ where: { id: s.users.staffA.id }, select: { calendarToken: true } });
          return { feed: `${calendarToken}.ics` };
        },
      },
      { variant: "a made-up address", allow: [], params: () => ({ feed: `${"0".repeat(64)}.ics` }) },
    ],
  },
};
