// The authorisation matrix (./index.ts): Operating the platform: the intake inbox and people (admins only).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { ADMIN, type ActionEntries, type PageEntries } from "./entry";

const failedMail = async () =>
  (await db()).outboxMail.create({
    data: {
      toEmail: "onbekend@example.test",
      subject: "Mislukt",
      body: "-",
      kind: "test.mail",
      attempts: 5,
      failedAt: new Date(),
    },
  });

export const ACTIONS: ActionEntries = {
  // Admin only: intake inbox, erasure, interventions catalogue.
  "action app/admin/intake/actions.ts#moveIntakeAction": {
    ability: "handleIntake",
    calls: [{ allow: ADMIN, form: async (s) => ({ requestId: (await s.fresh.intake()).id, status: "IN_CONTACT" }) }],
  },
  "action app/admin/intake/actions.ts#convertIntakeAction": {
    ability: "handleIntake",
    calls: [
      {
        allow: ADMIN,
        form: async (s) => ({
          requestId: (await s.fresh.intake()).id,
          municipalityId: s.A.id,
          templateId: s.template.id,
          leadTrainerId: s.users.trainerA.id,
          title: "Traject uit aanvraag",
        }),
      },
    ],
  },
  "action app/admin/intake/actions.ts#enrollIntakeAction": {
    ability: "handleIntake",
    calls: [
      {
        allow: ADMIN,
        why: "turns a strategist request into an enrollment (a new staff account of the cohort's municipality when needed)",
        form: async (s) => {
          const { request, cohort } = await s.fresh.strategistRequest();
          return { requestId: request.id, cohortId: cohort.id, workField: "YOUTH_WORK" };
        },
      },
    ],
  },
  "action app/admin/people/new/actions.ts#invitePersonAction": {
    ability: "managePeople",
    calls: [
      {
        allow: ADMIN,
        why: "admins manage users",
        form: (s) => ({
          name: "Nieuwe Collega",
          email: `${randomUUID()}@example.test`,
          role: "STAFF",
          municipalityId: s.A.id,
        }),
      },
    ],
  },
  "action app/admin/people/[id]/actions.ts#resendInvitationAction": {
    ability: "managePeople",
    calls: [{ allow: ADMIN, form: async (s) => ({ userId: (await s.fresh.person()).id }) }],
  },
  "action app/admin/outbox/actions.ts#retryFailedMailAction": {
    ability: "retryFailedMail",
    calls: [{ allow: ADMIN, form: async () => ({ mailId: (await failedMail()).id }) }],
  },
  "action app/admin/people/[id]/actions.ts#erasePersonAction": {
    ability: "managePeople",
    calls: [
      {
        allow: ADMIN,
        why: "GDPR erasure by an admin (ADR 0008)",
        form: async (s) => ({ userId: (await s.fresh.person()).id, confirm: "on" }),
      },
    ],
  },
};

export const PAGES: PageEntries = {
  "page /admin": { ability: "manageMunicipalities", calls: [{ allow: ADMIN }] },
  "page /admin/audit": { ability: "readAudit", calls: [{ allow: ADMIN }] },
  "page /admin/outbox": { ability: "readOutbox", calls: [{ allow: ADMIN }] },
  "page /admin/intake": { ability: "handleIntake", calls: [{ allow: ADMIN }] },
  "page /admin/intake/[id]": {
    ability: "handleIntake",
    calls: [{ allow: ADMIN, params: (s) => ({ id: s.intake.id }) }],
  },
  "page /admin/people": { ability: "managePeople", calls: [{ allow: ADMIN }] },
  "page /admin/people/new": { ability: "managePeople", calls: [{ allow: ADMIN }] },
  "page /admin/people/[id]": {
    ability: "managePeople",
    calls: [{ allow: ADMIN, params: (s) => ({ id: s.users.staffA.id }) }],
  },
};
