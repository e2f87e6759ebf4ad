import type { APIResponse, Request } from "@playwright/test";
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_STAFF } from "@/lib/demo/people";
import { expect, signIn, signOut, test } from "./helpers";

const SESSION_COOKIE = /(__Secure-)?authjs\.session-token=/;

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toContain("max-age=");
}

test("every response carries the security headers; pages a nonce-based CSP without inline scripts", async ({
  request,
}) => {
  const login = await request.get("/login");
  expectSecurityHeaders(login);
  const policy = login.headers()["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];

  // Every script Next renders carries this request's nonce.
  const html = await login.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  // A second request gets a different nonce.
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(policy);

  // Static files, 404s and API routes too.
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1];
  expectSecurityHeaders(await request.get(asset));
  const missing = await request.get("/nothing-here");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing);
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expectSecurityHeaders(await request.get("/api/auth/session"));
});

test("the app runs under its CSP without violations", async ({ page, scan }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, DEMO_STAFF.gouda[0].email, scan);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Nederlands" })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await signOut(page);
  expect(violations).toEqual([]);
});

/** Signs in through the form once and returns the server action request the browser sent. */
async function captureSignInAction(page: import("@playwright/test").Page, email: string): Promise<Request> {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Aanmelden" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  const action = page.waitForRequest((r) => r.method() === "POST" && "next-action" in r.headers());
  await form.getByRole("button", { name: "Aanmelden" }).click();
  const request = await action;
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return request;
}

test("server actions refuse requests from another origin; cookies are httpOnly, SameSite=Lax, Secure over https", async ({
  page,
  playwright,
  baseURL,
}) => {
  const captured = await captureSignInAction(page, DEMO_STAFF.gouda[1].email);
  const headers = captured.headers();
  const replay = async (extra: Record<string, string>) => {
    const context = await playwright.request.newContext({ baseURL });
    const response = await context.post(captured.url(), {
      headers: {
        "next-action": headers["next-action"],
        "content-type": headers["content-type"],
        accept: "text/x-component",
        ...extra,
      },
      data: captured.postDataBuffer()!,
      maxRedirects: 0,
    });
    const cookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    await context.dispose();
    return { status: response.status(), sessionCookie: cookies.find((c) => SESSION_COOKIE.test(c)) };
  };
  const own = new URL(baseURL!).origin;

  // A crafted cross-site request with valid credentials: refused, no session.
  for (const origin of ["https://evil.example", own.replace("127.0.0.1", "127.0.0.2")]) {
    const foreign = await replay({ origin });
    expect(foreign.status).toBe(403);
    expect(foreign.sessionCookie).toBeUndefined();
  }
  // Without any Origin (a handcrafted request), also refused.
  expect((await replay({})).status).toBe(403);

  // The same request from the app's own origin signs in: the refusal above is the origin check.
  const same = await replay({ origin: own });
  expect(same.sessionCookie).toBeDefined();
  expect(same.sessionCookie).toMatch(/HttpOnly/i);
  expect(same.sessionCookie).toMatch(/SameSite=Lax/i);
  expect(same.sessionCookie).toMatch(/Path=\//);
  expect(same.sessionCookie).not.toMatch(/Secure/i);

  // Forwarding headers from the client itself are not believed without TRUSTED_PROXIES: a
  // forged X-Forwarded-Host does not pass the Origin check. Behind a trusted TLS proxy the
  // cookie is Secure and __Secure- prefixed (tests/reliability/sessions-and-proxies.test.ts).
  expect((await replay({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })).status).toBe(403);
  const forgedProto = await replay({ origin: own, "x-forwarded-proto": "https" });
  expect(forgedProto.sessionCookie).toMatch(/^authjs\.session-token=/);
});

test("an admin reads and filters the audit log; other roles cannot open it", async ({ page, scan }) => {
  await signIn(page, DEMO_ADMIN.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Auditlog" })).toBeVisible();
  await scan();
  const filters = page.getByRole("form", { name: "Auditlog filteren" });
  await filters.getByLabel("Wat").fill("bestaat-niet");
  await filters.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/action=bestaat-niet/);
  await expect(page.getByText("Geen gebeurtenissen gevonden.")).toBeVisible();
  await expect(filters.getByLabel("Wat")).toHaveValue("bestaat-niet");
  await scan();
  await signOut(page);

  await signIn(page, DEMO_STAFF.gouda[2].email, scan);
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(404);
});
