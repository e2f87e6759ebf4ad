import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, auditLogPage } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { db, queryCount } from "@/lib/db/client";
import { makeTenant } from "@/tests/support/fixtures";

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);

let tenant: Awaited<ReturnType<typeof makeTenant>>;
let other: Awaited<ReturnType<typeof makeTenant>>;

async function addEvents(
  count: number,
  base: { actorId: string; municipalityId: string; action: string; entity: string },
) {
  const prisma = await db();
  await prisma.auditEvent.createMany({
    data: Array.from({ length: count }, (_, i) => ({ ...base, entityId: `record-${i}`, data: { field: "status" } })),
  });
}

beforeAll(async () => {
  tenant = await makeTenant("Auditstad");
  other = await makeTenant("Elders");
  await addEvents(120, {
    actorId: tenant.coordinator.id,
    municipalityId: tenant.municipality.id,
    action: "enrollment.accept",
    entity: "Enrollment",
  });
  await addEvents(7, {
    actorId: other.staff.id,
    municipalityId: other.municipality.id,
    action: "case.submit",
    entity: "Case",
  });
});

describe("admin audit log", () => {
  it("pages newest first with a keyset cursor, without gaps or repeats", async () => {
    const prisma = await db();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await auditLogPage(prisma, filter(cursor ? { before: cursor } : {}));
      expect(page.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(127);
    expect(new Set(seen).size).toBe(127);
    expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it("shows who, what, which record and when", async () => {
    const page = await auditLogPage(await db(), filter({ action: "case.submit" }));
    expect(page.events).toHaveLength(7);
    const [event] = page.events;
    expect(event.actor?.name).toBe(other.staff.name);
    expect(event.entity).toBe("Case");
    expect(event.entityId).toMatch(/^record-/);
    expect(event.at).toBeInstanceOf(Date);
  });

  it("filters by person (name or e-mail), action, record type, record, municipality and dates", async () => {
    const prisma = await db();
    const count = async (raw: Record<string, string>) => (await auditLogPage(prisma, filter(raw))).events.length;
    expect(await count({ actor: other.staff.email })).toBe(7);
    expect(await count({ actor: other.staff.name.toUpperCase() })).toBe(7);
    expect(await count({ entity: "case" })).toBe(7);
    expect(await count({ entityId: "record-3" })).toBe(2);
    expect(await count({ municipalityId: other.municipality.id })).toBe(7);
    expect(await count({ municipalityId: other.municipality.id, action: "enrollment" })).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(await count({ from: today, action: "case" })).toBe(7);
    expect(await count({ to: "2000-01-01" })).toBe(0);
  });

  it("ignores malformed filter values instead of failing", () => {
    expect(
      filter({ municipalityId: "'; drop table", from: "31-12-2026", before: "-1", actor: "x".repeat(500) }),
    ).toEqual({
      actor: undefined,
      action: undefined,
      entity: undefined,
      entityId: undefined,
      municipalityId: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
    });
  });

  it("runs the same number of SQL statements for a small and a large log", async () => {
    const prisma = await db();
    const statements = async () => {
      const start = queryCount();
      await auditLogPage(prisma, filter({ actor: "a" }));
      return queryCount() - start;
    };
    const small = await statements();
    await addEvents(500, {
      actorId: tenant.staff.id,
      municipalityId: tenant.municipality.id,
      action: "attendance.record",
      entity: "Attendance",
    });
    expect(small).toBeGreaterThan(0);
    expect(await statements()).toBe(small);
  });
});
