import type { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { assertMayIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { mayWriteCase } from "@/lib/cases/rules";
import { caseFormSchema } from "@/lib/cases/schemas";
import { saveCase } from "@/lib/cases/service";
import { AccessDenied, RuleViolation } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { checklistToCaseDraft } from "./checklist";
import type { ChecklistInput, networkNamingSchema } from "./schemas";

/**
 * A municipality's coordinator chooses whether its name is shown next to the lessons
 * and anonymised cases it shares with the network (issue 6; default: not named).
 */
export async function chooseNetworkNaming(actor: Actor, input: z.output<typeof networkNamingSchema>) {
  const municipalityId = actor.municipalityId;
  if (!municipalityId) throw new AccessDenied();
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await assertMayIn(tx, actor, "nameInNetwork", municipalityId);
    const updated = await tx.municipality.update({
      where: { id: municipalityId },
      data: { namedInNetwork: input.named },
      select: { id: true, namedInNetwork: true },
    });
    await audit(tx, {
      actor,
      action: "municipality.networkNaming",
      entity: "Municipality",
      entityId: municipalityId,
      municipalityId,
      data: { namedInNetwork: input.named },
    });
    return updated;
  });
}

/**
 * A neighbourhood team's short analysis checklist becomes a case draft of the user's
 * own municipality (R11: staff, and its coordinator), visible only to its author until
 * submitted. The mapped draft goes through the case form's own schema, so it is a
 * valid draft the author can complete and submit as any other.
 */
export async function saveChecklistAsDraft(actor: Actor, input: ChecklistInput, locale: Locale = "nl") {
  if (!mayWriteCase(actor)) throw new RuleViolation("R11", "ownMunicipalityOnly");
  const t = translator(locale);
  const headings = {
    forms: t("network.checklist.forms"),
    groups: t("network.checklist.groups"),
    directions: t("network.checklist.directions"),
    whiteSpots: t("network.checklist.whiteSpots"),
    source: t("network.checklist.source"),
  };
  return saveCase(actor, caseFormSchema.parse(checklistToCaseDraft(input, headings)));
}
