// npm run seed:scale — a deterministic national-scale dataset in the database in use
// (PGlite folder or DATABASE_URL): ≈350 municipalities, 3,000 cohorts, 40,000 people,
// 60,000 cases with sessions, attendance, pools and action plans. Batched multi-row
// INSERTs; a progress bar and the elapsed time. Refuses a database that has data.
import { connect, disconnect } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { DEMO_PASSWORD } from "@/lib/demo/people";
import { hashPassword } from "@/lib/auth/password";

export const SCALE = { municipalities: 350, trainers: 120, people: 40_000, cohorts: 3_000, cases: 60_000 };
export const BENCH_PASSWORD = DEMO_PASSWORD;

// Deterministic: the same seed gives the same ids and values on every run.
let state = 0x5eed;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const uuid = () => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const FIELDS = ["OOV", "SOCIAL_DOMAIN", "EDUCATION", "YOUTH_WORK", "POLICE", "CARE", "HOUSING", "OTHER"] as const;
const PHASES = ["SIGNALS", "RISING_TENSION", "ESCALATION", "DEESCALATION", "AFTERMATH"] as const;
const NATURES = ["CONFLICT", "POLARISATION", "UNSURE"] as const;
const STATUSES = ["DRAFT", "SUBMITTED", "SCHEDULED", "DISCUSSED", "FOLLOW_UP", "CLOSED"] as const;
const TOPICS = [
  "jongeren en politie",
  "azc in de wijk",
  "Sinterklaas",
  "coronamaatregelen",
  "stikstof",
  "klaslokaal",
  "moskee",
  "buurtapp",
  "voetbalclub",
  "woningtoewijzing",
];
const PLACES = ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Dorp", "Buitenwijk"];

type Row = (string | number | boolean | null | Date | string[])[];
const literal = (value: Row[number]): string => {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `'{${value.join(",")}}'`;
  return `'${value.replaceAll("'", "''")}'`;
};

let done = 0;
let total = 0;
const started = Date.now();
function progress(label: string) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${((done / total) * 100).toFixed(0).padStart(3)}% ${seconds}s ${label.padEnd(24)}`,
  );
}

async function main() {
  const connection = await connect();
  await prepareDatabase(connection, { demo: false });
  const prisma = connection.prisma;
  if ((await prisma.user.count()) > 0) {
    throw new Error(
      "This database already has data: seed:scale needs an empty one (e.g. PGLITE_DIR=data/scale or a new PostgreSQL database).",
    );
  }
  const insert = async (table: string, columns: string[], rows: Row[], label = table) => {
    for (let i = 0; i < rows.length; i += 1000) {
      const batch = rows.slice(i, i + 1000);
      const values = batch.map((row) => `(${row.map(literal).join(",")})`).join(",");
      await prisma.$executeRawUnsafe(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${values}`,
      );
      done += batch.length;
      progress(label);
    }
  };
  const template = await prisma.trajectoryTemplate.findFirstOrThrow({
    where: { key: "denkkader-polarisatie", supersededAt: null },
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // Plan everything in memory first (deterministic), then insert.
  const municipalities = Array.from({ length: SCALE.municipalities }, (_, i) => ({
    id: uuid(),
    name: `Gemeente ${String(i + 1).padStart(3, "0")}`,
    code: `GM${String(9000 + i)}`,
  }));
  const people: Row[] = [];
  const admin = uuid();
  people.push([admin, "Beheer Schaal", "beheer@scale.test", passwordHash, "ADMIN", null, null]);
  const trainers = Array.from({ length: SCALE.trainers }, (_, i) => {
    const id = uuid();
    people.push([id, `Trainer ${i + 1}`, `trainer${i + 1}@scale.test`, passwordHash, "TRAINER", null, null]);
    return id;
  });
  const staffOf = new Map<string, string[]>();
  const coordinators = new Map<string, string>();
  const perMunicipality = Math.floor((SCALE.people - 1 - SCALE.trainers) / SCALE.municipalities);
  municipalities.forEach((m, mi) => {
    const coordinator = uuid();
    coordinators.set(m.id, coordinator);
    people.push([
      coordinator,
      `Coördinator ${mi + 1}`,
      `coordinator${mi + 1}@scale.test`,
      passwordHash,
      "COORDINATOR",
      m.id,
      "OOV",
    ]);
    const staff: string[] = [];
    for (let s = 0; s < perMunicipality - 1; s++) {
      const id = uuid();
      staff.push(id);
      people.push([
        id,
        `Medewerker ${mi + 1}-${s + 1}`,
        `staff${mi + 1}.${s + 1}@scale.test`,
        passwordHash,
        "STAFF",
        m.id,
        pick(FIELDS),
      ]);
    }
    staffOf.set(m.id, staff);
  });

  const assignments: Row[] = [];
  const trajectories: Row[] = [];
  const sessions: Row[] = [];
  const cohorts: Row[] = [];
  const enrollments: Row[] = [];
  const attendance: Row[] = [];
  const trajectoryOf: { id: string; municipalityId: string; trainer: string; intro: string }[] = [];
  const day = (offset: number, hour: number) => new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000 + hour * 3_600_000);
  municipalities.forEach((m, mi) => {
    const trainer = trainers[mi % trainers.length];
    assignments.push([trainer, m.id]);
    const id = uuid();
    trajectories.push([id, m.id, template.id, trainer, `Traject ${m.name}`, "TRAINING"]);
    const intro = uuid();
    sessions.push([intro, m.id, id, null, "INTRO", day(mi % 60, 13), day(mi % 60, 15)]);
    trajectoryOf.push({ id, municipalityId: m.id, trainer, intro });
  });
  const cohortsPer = Math.ceil(SCALE.cohorts / municipalities.length);
  let cohortCount = 0;
  trajectoryOf.forEach((t, ti) => {
    const staff = staffOf.get(t.municipalityId)!;
    let cursor = 0;
    for (let c = 0; c < cohortsPer && cohortCount < SCALE.cohorts; c++, cohortCount++) {
      const cohort = uuid();
      const completed = c < cohortsPer - 2;
      cohorts.push([
        cohort,
        t.id,
        `Groep ${c + 1}`,
        16,
        completed ? "COMPLETED" : c === cohortsPer - 1 ? "RECRUITING" : "RUNNING",
      ]);
      const training = uuid();
      const deepening = uuid();
      const offset = 70 + c * 21 + (ti % 7);
      sessions.push([training, t.municipalityId, t.id, cohort, "TRAINING_DAY", day(offset, 8), day(offset, 15)]);
      sessions.push([
        deepening,
        t.municipalityId,
        t.id,
        cohort,
        "DEEPENING",
        day(offset + 10, 8),
        day(offset + 10, 12),
      ]);
      const size = c === cohortsPer - 1 ? 8 : 12 + (c % 5);
      for (let p = 0; p < size && cursor < staff.length; p++, cursor++) {
        const user = staff[cursor];
        enrollments.push([
          uuid(),
          cohort,
          t.id,
          user,
          completed ? "COMPLETED" : "ACCEPTED",
          `Motivatie ${pick(TOPICS)}`,
        ]);
        attendance.push([uuid(), t.intro, user, "PRESENT"]);
        if (completed) {
          attendance.push([uuid(), training, user, random() < 0.9 ? "PRESENT" : "EXCUSED"]);
          attendance.push([uuid(), deepening, user, random() < 0.85 ? "PRESENT" : "ABSENT"]);
        }
      }
    }
  });

  const pools: Row[] = [];
  const members: Row[] = [];
  municipalities.forEach((m) => {
    const pool = uuid();
    pools.push([pool, m.id]);
    staffOf
      .get(m.id)!
      .slice(0, 5)
      .forEach((user, i) => members.push([uuid(), pool, user, i < 4 ? "ACTIVE" : "ALUMNI"]));
  });

  const cases: Row[] = [];
  const roles: Row[] = [];
  const plans: Row[] = [];
  const actions: Row[] = [];
  for (let i = 0; i < SCALE.cases; i++) {
    const m = municipalities[i % municipalities.length];
    const staff = staffOf.get(m.id)!;
    const id = uuid();
    const topic = pick(TOPICS);
    const status = pick(STATUSES);
    cases.push([
      id,
      m.id,
      staff[Math.floor(random() * staff.length)],
      `Spanning rond ${topic} in ${pick(PLACES)}`,
      `Situatie rond ${topic}: signalen uit de wijk en op school.`,
      pick(NATURES),
      pick(PHASES),
      status,
      status === "DRAFT" ? null : day(Math.floor(random() * 300), 10),
      pick(FIELDS),
    ]);
    roles.push([uuid(), id, "PUSHER", "Een trekker uit de groep", 5 + Math.floor(random() * 20)]);
    roles.push([uuid(), id, "SILENT_MIDDLE", "Ouders en buurtbewoners", 50]);
    if (i % 6 === 0) {
      const plan = uuid();
      plans.push([plan, m.id, id, `Plan bij ${topic}`]);
      actions.push([uuid(), plan, "Gesprek met de stille middengroep", "SHORT", "OPEN"]);
      actions.push([uuid(), plan, "Themabijeenkomst in de wijk", "LONG", "IN_PROGRESS"]);
    }
  }

  total =
    municipalities.length +
    people.length +
    assignments.length +
    trajectories.length +
    cohorts.length +
    sessions.length +
    enrollments.length +
    attendance.length +
    pools.length +
    members.length +
    cases.length +
    roles.length +
    plans.length +
    actions.length;
  await insert(
    "Municipality",
    ["id", "name", "country", "code", "region"],
    municipalities.map((m, i) => [m.id, m.name, "NL", m.code, `Regio ${(i % 12) + 1}`]),
  );
  await insert("User", ["id", "name", "email", "passwordHash", "role", "municipalityId", "workField"], people);
  await insert("TrainerAssignment", ["trainerId", "municipalityId"], assignments);
  await insert("Trajectory", ["id", "municipalityId", "templateId", "leadTrainerId", "title", "status"], trajectories);
  await insert("Cohort", ["id", "trajectoryId", "name", "capacity", "status"], cohorts);
  await insert("Session", ["id", "municipalityId", "trajectoryId", "cohortId", "kind", "startsAt", "endsAt"], sessions);
  const sessionTrainers = sessions.map((s) => [s[0], trajectoryOf.find((t) => t.id === s[2])!.trainer] as Row);
  total += sessionTrainers.length;
  await insert("SessionTrainer", ["sessionId", "trainerId"], sessionTrainers);
  await insert("Enrollment", ["id", "cohortId", "trajectoryId", "userId", "status", "motivation"], enrollments);
  await insert("Attendance", ["id", "sessionId", "userId", "status"], attendance);
  await insert("SpecialistPool", ["id", "municipalityId"], pools);
  await insert("PoolMember", ["id", "poolId", "userId", "status"], members);
  await insert(
    "Case",
    ["id", "municipalityId", "authorId", "title", "situation", "nature", "phase", "status", "submittedAt", "workField"],
    cases,
  );
  await insert("CaseRole", ["id", "caseId", "role", "description", "position"], roles);
  await insert("ActionPlan", ["id", "municipalityId", "caseId", "title"], plans);
  await insert("Action", ["id", "planId", "description", "term", "status"], actions);
  await prisma.$executeRawUnsafe("ANALYZE");
  process.stdout.write("\n");
  console.log(
    `seed:scale done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${municipalities.length} municipalities, ${people.length} people, ` +
      `${cohorts.length} cohorts, ${sessions.length} sessions, ${enrollments.length} enrollments, ${attendance.length} attendance, ` +
      `${cases.length} cases, ${plans.length} action plans (password for every account: ${BENCH_PASSWORD}).`,
  );
}

try {
  await main();
  await disconnect();
} catch (error) {
  process.stdout.write("\n");
  console.error(`seed:scale failed: ${(error as Error).message}`);
  await disconnect().catch(() => undefined);
  process.exit(1);
}
