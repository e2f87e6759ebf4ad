// The authorisation matrix (./index.ts): an intro's sign-up link (ADR 0032): the municipality's
// coordinator switches it on and off; with it, anyone may open the public sign-up page and
// sign up (the municipality's e-mail domains decide who gets an account).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Scenario } from "../scenario";
import { COORDINATORS, everyone, unique, type ActionEntries, type PageEntries } from "./entry";

let day = 0;
/** A future intro of A's trajectory, registration open, on a day of its own (from day 300 on). */
async function freshOpenIntro(s: Scenario) {
  const startsAt = new Date(Date.now() + (300 + day++) * 86_400_000);
  startsAt.setUTCHours(18, 0, 0, 0);
  return (await db()).session.create({
    data: {
      municipalityId: s.A.id,
      trajectoryId: s.trajectory.id,
      kind: "INTRO",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 120 * 60_000),
      capacity: 120,
      registrationOpen: true,
    },
  });
}

/** A's e-mail domain, set on first use. */
async function domainOfA(s: Scenario) {
  const domain = `a${s.A.id.slice(0, 8)}.example.nl`;
  await (await db()).municipality.update({ where: { id: s.A.id }, data: { emailDomains: [domain] } });
  return domain;
}

/** A fresh intro of A with its sign-up link on. */
async function freshLink(s: Scenario) {
  const intro = await freshOpenIntro(s);
  const link = await (
    await db()
  ).signUpLink.create({
    data: {
      sessionId: intro.id,
      token: randomBytes(32).toString("base64url"),
      origin: "https://middengrond.example.nl",
      createdById: s.users.coordinatorA.id,
    },
  });
  return { intro, token: link.token };
}

export const ACTIONS: ActionEntries = {
  "action app/coordinator/intros/actions.ts#switchSignUpLinkOnAction": {
    ability: "offerSignUpLink",
    calls: [
      {
        allow: ["coordinatorA"],
        why: "R20: the coordinator of the intro's municipality; B's coordinator, trainers and admins do not",
        form: async (s) => ({ sessionId: (await freshOpenIntro(s)).id }),
      },
    ],
  },
  "action app/coordinator/intros/actions.ts#switchSignUpLinkOffAction": {
    ability: "offerSignUpLink",
    calls: [
      {
        allow: ["coordinatorA"],
        why: "R20: the coordinator of the intro's municipality",
        form: async (s) => ({ sessionId: (await freshLink(s)).intro.id }),
      },
    ],
  },
  "action app/sign-up/[token]/actions.ts#signUpAction": {
    ability: "public",
    calls: [
      {
        allow: everyone,
        why: "the link is the key, no account yet; role (staff) and municipality come from the link, never from the form",
        form: async (s) => ({
          token: (await freshLink(s)).token,
          name: "Nieuwe Medewerker",
          email: `${unique()}@${await domainOfA(s)}`,
          workField: "CARE",
          jobTitle: "Wijkwerker",
        }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /coordinator/intros": {
    ability: "offerSignUpLink",
    calls: [{ allow: COORDINATORS, why: "each coordinator sees their own municipality's intros and links" }],
  },
  "page /sign-up/[token]": {
    ability: "public",
    calls: [
      {
        variant: "a link that is on",
        allow: everyone,
        bearer: true,
        why: "public: whoever holds the link reads the intro's programme, time and place, and gets the form",
        params: (s) => ({ token: s.signUpToken }),
      },
      {
        variant: "a made-up link",
        allow: everyone,
        why: "says the link does not work and whom to ask, like an expired password link",
        params: () => ({ token: "x".repeat(43) }),
      },
    ],
  },
};
