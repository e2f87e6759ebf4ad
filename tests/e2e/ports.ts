/** The first e2e server's port; worker n's server listens on E2E_PORT + n. */
export const E2E_BASE_PORT = Number(process.env.E2E_PORT ?? 3200);

/** The port of the server that the worker with this parallel index drives. */
export const e2ePort = (parallelIndex: number) => E2E_BASE_PORT + parallelIndex;
