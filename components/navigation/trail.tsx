import { getTranslations } from "next-intl/server";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";
import type { Role } from "@/lib/generated/prisma/client";
import { homeItem } from "./menu";

/** Breadcrumbs from the first place of the reader's own menu, through `trail`, to the page. */
export async function Trail({ role, trail = [], current }: { role: Role; trail?: Crumb[]; current: string }) {
  const t = await getTranslations("nav");
  const home = homeItem(role);
  return (
    <Breadcrumbs
      label={t("breadcrumbs")}
      trail={[{ href: home.href, label: t(home.label) }, ...trail]}
      current={current}
    />
  );
}
