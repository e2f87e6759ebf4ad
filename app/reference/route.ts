// The benchmark's static reference (npm run bench): the fastest thing this server can
// answer, built once at build time. Other targets are measured as a share of it.
export const dynamic = "force-static";

export function GET() {
  return new Response('<!doctype html><html lang="nl"><title>Middengrond</title><h1>Middengrond</h1></html>', {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
