// One fresh database per integration test file, without migrating each one: the run
// migrates a template once (vitest globalSetup, ./global-setup.ts) and every file gets a
// copy — a PGlite dump loaded into memory, or `CREATE DATABASE … TEMPLATE` on the
// PostgreSQL server named by DATABASE_URL.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeConnection, connect, openConnection } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import { IN_MEMORY } from "@/lib/db/target";

/** The migrated database every file starts from: a PGlite dump file, or a PostgreSQL database. */
export type Template = { kind: "pglite"; dump: string } | { kind: "postgres"; server: string; name: string };

const databaseName = (prefix: string) => `${prefix}_${randomUUID().replaceAll("-", "")}`;

/** Migrates a new database and seeds what every database has before the app serves it (templates, interventions). */
export async function createTemplate(server = process.env.DATABASE_URL): Promise<Template> {
  if (!server) {
    const connection = await openConnection({ kind: "pglite", dataDir: IN_MEMORY });
    try {
      await prepareDatabase(connection, { demo: false });
      const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mg-template-")), "pglite.tar");
      fs.writeFileSync(dump, Buffer.from(await (await connection.pglite!.dumpDataDir("none")).arrayBuffer()));
      return { kind: "pglite", dump };
    } finally {
      await closeConnection(connection);
    }
  }
  const name = databaseName("mg_template");
  await admin(server, `CREATE DATABASE ${name}`);
  const connection = await openConnection({ kind: "postgres", url: withDatabase(server, name) });
  try {
    await prepareDatabase(connection, { demo: false });
  } finally {
    await closeConnection(connection);
  }
  return { kind: "postgres", server, name };
}

export async function dropTemplate(template: Template) {
  if (template.kind === "pglite") fs.rmSync(path.dirname(template.dump), { recursive: true, force: true });
  else await admin(template.server, `DROP DATABASE IF EXISTS ${template.name} WITH (FORCE)`);
}

/**
 * Connects this process (lib/db/client's `connect`) to a new copy of the template, with
 * the statement counter on (tests/support/writes.ts). Returns what drops the copy again.
 */
export async function connectToCopy(template: Template): Promise<() => Promise<void>> {
  if (template.kind === "pglite") {
    process.env.PGLITE_DIR = IN_MEMORY;
    delete process.env.DATABASE_URL;
    await connect({ loadDataDir: new Blob([fs.readFileSync(template.dump)]), countStatements: true });
    return async () => undefined;
  }
  const name = databaseName("mg_test");
  await admin(template.server, `CREATE DATABASE ${name} TEMPLATE ${template.name}`);
  process.env.DATABASE_URL = withDatabase(template.server, name);
  await connect({ countStatements: true });
  return () => dropCopy(template.server, name);
}

/**
 * pg-pool's `end()` resolves before its clients' sockets have closed; a FORCE drop that
 * terminates them then raises an unhandled 57P01 on a client no longer listening for
 * errors. So wait (briefly) until the copy has no sessions left, then drop it.
 */
async function dropCopy(server: string, name: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function withDatabase(server: string, name: string) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
