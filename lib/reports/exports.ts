// The CSV exports of one municipality: who may have one (policy readReports + R20) and
// the tables behind them. A fixed number of queries each; text columns in the reader's
// language.
import type { Actor } from "@/lib/auth/access";
import { mayIn } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db/client";
import { isUuid } from "@/lib/ids";
import { type Locale, contentLanguage } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { cohortAttendances, poolOverview } from "@/lib/pool/queries";
import { trainingRecords } from "@/lib/pool/rules";
import { kindLabel, sessionLabel } from "@/lib/sessions/labels";
import { toLocalInput } from "@/lib/sessions/time";
import { toCsv, type Cell, type Separator } from "./csv";

export const EXPORT_KINDS = ["trained", "pool", "attendance", "actions"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const isExportKind = (kind: string): kind is ExportKind => (EXPORT_KINDS as readonly string[]).includes(kind);

/**
 * "Deventer-interne-pool-2026-11-21.csv" in the reader's language, with nothing in it that a
 * file system or a header would choke on.
 */
export const exportFileName = (municipality: string, kind: ExportKind, now: Date, locale: Locale) =>
  `${municipality}-${translator(locale)(`reports.exports.fileNames.${kind}`)}-${now.toISOString().slice(0, 10)}.csv`.replace(
    /[^\p{L}\p{N}._-]+/gu,
    "-",
  );

/**
 * /exports/[kind]: one municipality's table as CSV in the reader's language, or null
 * when the kind is unknown, the municipality missing or not the actor's to read.
 */
export async function csvExport(
  actor: Actor,
  input: { kind: string; municipalityId: string; separator: Separator; locale: Locale },
  now = new Date(),
): Promise<{ fileName: string; csv: string } | null> {
  const { kind, municipalityId } = input;
  if (!isExportKind(kind) || !isUuid(municipalityId)) return null;
  const prisma = await db();
  if (!(await mayIn(prisma, actor, "readReports", municipalityId))) return null;
  const municipality = await prisma.municipality.findUnique({ where: { id: municipalityId }, select: { name: true } });
  if (!municipality) return null;
  const table = await exportTable(prisma, kind, municipalityId, input.locale, now);
  return {
    fileName: exportFileName(municipality.name, kind, now, input.locale),
    csv: toCsv(table.headers, table.rows, input.separator),
  };
}

export type ExportTable = { headers: string[]; rows: Cell[][] };

const when = (date: Date | null | undefined) => {
  if (!date) return "";
  const local = toLocalInput(date);
  return `${local.date} ${local.time}`;
};
const day = (date: Date | null | undefined) => (date ? toLocalInput(date).date : "");

export async function exportTable(
  prisma: Db,
  kind: ExportKind,
  municipalityId: string,
  locale: Locale,
  now = new Date(),
): Promise<ExportTable> {
  const t = translator(locale);
  const column = (key: string) => t(`reports.exports.columns.${key}` as never);
  const yesNo = (value: boolean) => t(value ? "reports.exports.yes" : "reports.exports.no");
  const field = (value: string | null) => (value ? t(`enums.workField.${value}` as never) : "");
  const attendance = (value: string | null) => (value ? t(`enums.attendanceStatus.${value}` as never) : "");

  switch (kind) {
    case "trained": {
      const rows = await cohortAttendances(prisma, { municipalityId });
      const people = new Map(rows.map((row) => [row.userId, row]));
      const records = [...trainingRecords(rows)].flatMap(([userId, list]) =>
        list.map((record) => ({ userId, record })),
      );
      // One column per step that counts, across the programmes the municipality's cohorts followed.
      const steps = [
        ...new Map(records.flatMap(({ record }) => record.steps.map(({ step }) => [step.kind, step]))).values(),
      ];
      const table: Cell[][] = records.map(({ userId, record }) => {
        const person = people.get(userId)!;
        const status = new Map(record.steps.map((entry) => [entry.step.kind, entry.status]));
        return [
          person.name,
          field(person.workField),
          person.jobTitle,
          record.cohortName,
          ...steps.map((step) => attendance(status.get(step.kind) ?? null)),
          yesNo(record.graduated),
        ];
      });
      table.sort(
        (a, b) => String(a[0]).localeCompare(String(b[0]), "nl") || String(a[3]).localeCompare(String(b[3]), "nl"),
      );
      return {
        headers: [
          ...["name", "workField", "jobTitle", "cohort"].map(column),
          ...steps.map((step) => (locale === "en" ? step.labelEn : step.labelNl)),
          column("graduated"),
        ],
        rows: table,
      };
    }
    case "pool": {
      const overview = await poolOverview(prisma, municipalityId, now);
      return {
        headers: ["name", "workField", "jobTitle", "status", "joined", "left", "intervisies"].map(column),
        rows: overview.members.map((m) => [
          m.user.name,
          field(m.user.workField),
          m.user.jobTitle,
          t(`enums.poolMemberStatus.${m.status}`),
          day(m.joinedAt),
          day(m.leftAt),
          m.intervisiesAttended,
        ]),
      };
    }
    case "attendance": {
      const rows = await prisma.attendance.findMany({
        where: { session: { municipalityId } },
        select: {
          status: true,
          user: { select: { name: true, workField: true } },
          session: {
            select: {
              kind: true,
              title: true,
              startsAt: true,
              endsAt: true,
              location: true,
              poolId: true,
              cohort: { select: { name: true } },
            },
          },
        },
        orderBy: [{ session: { startsAt: "asc" } }, { user: { name: "asc" } }],
      });
      return {
        headers: ["session", "kind", "start", "end", "location", "group", "name", "workField", "attendance"].map(
          column,
        ),
        rows: rows.map((row) => [
          sessionLabel(row.session)[contentLanguage(locale)],
          kindLabel(row.session.kind)[contentLanguage(locale)],
          when(row.session.startsAt),
          when(row.session.endsAt),
          row.session.location,
          row.session.cohort?.name ?? (row.session.poolId ? t("reports.exports.poolGroup") : ""),
          row.user.name,
          field(row.user.workField),
          attendance(row.status),
        ]),
      };
    }
    case "actions": {
      const today = toLocalInput(now).date;
      const rows = await prisma.action.findMany({
        where: { plan: { municipalityId } },
        select: {
          description: true,
          term: true,
          status: true,
          dueDate: true,
          owner: { select: { name: true } },
          plan: { select: { title: true } },
        },
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      });
      return {
        headers: ["plan", "description", "term", "owner", "due", "status", "overdue"].map(column),
        rows: rows.map((row) => {
          const due = row.dueDate ? row.dueDate.toISOString().slice(0, 10) : "";
          const open = row.status === "OPEN" || row.status === "IN_PROGRESS";
          return [
            row.plan.title,
            row.description,
            t(`reports.exports.terms.${row.term}`),
            row.owner?.name,
            due,
            t(`reports.exports.actionStatus.${row.status}`),
            yesNo(open && due !== "" && due < today),
          ];
        }),
      };
    }
  }
}
