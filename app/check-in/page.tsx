import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { normaliseCheckInCode } from "@/lib/sessions/rules";
import { CheckInForm } from "./check-in-form";

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata() {
  const t = await getTranslations("sessions.checkIn");
  return { title: t("title") };
}

/** Where a participant checks in at the door: the QR code's link fills in the code, or they type it. */
export default async function CheckInPage({ searchParams }: Props) {
  await requireUser("checkInAtSession");
  const [{ code }, t] = await Promise.all([searchParams, getTranslations("sessions.checkIn")]);
  const given = typeof code === "string" ? normaliseCheckInCode(code).slice(0, 12) : "";
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={t("code")}>
        <p className="mb-4 max-w-prose">{t("intro")}</p>
        <CheckInForm code={given} />
      </Section>
    </>
  );
}
