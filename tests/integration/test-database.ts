import { randomUUID } from "node:crypto";
import pg from "pg";

const serverUrl = process.env.DATABASE_URL;

/** Points this test file at a new, empty database and returns its name (PostgreSQL only). */
export async function createTestDatabase(): Promise<string | undefined> {
  if (!serverUrl) {
    process.env.PGLITE_DIR = "memory://";
    return undefined;
  }
  const name = `mg_test_${randomUUID().replaceAll("-", "")}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return name;
}

export async function dropTestDatabase(name: string | undefined) {
  if (name) await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function admin(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
