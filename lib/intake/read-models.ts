import type { Actor } from "@/lib/auth/access";
import { may } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { IntakeStatus, WorkField } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids";
import { firstValues, type SearchParams } from "@/lib/search-params";
import { conversionOptions, intakeInbox, intakeRequest, strategistCohorts } from "./queries";
import { intakeTransitions, mayConvertIntake, mayEnrollFromIntake, suggestedTemplateKey } from "./rules";

/** The admin's intake inbox, newest first, optionally one status (query string `status`; anything else shows all). */
export async function intakeListPage(actor: Actor, query: SearchParams) {
  if (!may(actor, "handleIntake")) return null;
  const raw = firstValues(query).status;
  const status = Object.values(IntakeStatus).find((value) => value === raw);
  return { status, statuses: Object.values(IntakeStatus), requests: await intakeInbox(await db(), status) };
}

/**
 * One intake request for the admin: the request, the statuses it may move to, and what
 * turning it into a trajectory or (a strategist request) an enrollment offers, with the
 * likely template and the municipality of the same name preselected.
 */
export async function intakeRequestPage(actor: Actor, id: string) {
  if (!may(actor, "handleIntake") || !isUuid(id)) return null;
  const prisma = await db();
  const request = await intakeRequest(prisma, id);
  if (!request) return null;
  const [options, cohorts] = await Promise.all([
    conversionOptions(prisma),
    request.kind === "STRATEGIST" ? strategistCohorts(prisma) : [],
  ]);
  const suggested =
    options.templates.find((template) => template.key === suggestedTemplateKey(request.kind)) ?? options.templates[0];
  const sameName = request.municipalityName.trim().toLowerCase();
  return {
    request,
    transitions: intakeTransitions(request.status),
    mayConvert: mayConvertIntake(request),
    mayEnroll: mayEnrollFromIntake(request),
    cohorts,
    workFields: Object.values(WorkField),
    ...options,
    suggested: {
      template: suggested ?? null,
      municipalityId: options.municipalities.find((m) => m.name.toLowerCase() === sameName)?.id ?? null,
    },
  };
}
