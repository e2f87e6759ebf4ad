import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isForeignActionRequest, newNonce, staticSecurityHeaders } from "@/lib/security/headers";

describe("security headers", () => {
  it("the CSP allows scripts only by nonce or from this origin, never inline", () => {
    const policy = contentSecurityPolicy("abc123");
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
  });

  it("only development gets 'unsafe-eval' (React's dev tooling)", () => {
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("nonces are fresh and unguessable", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("HSTS only in production; nosniff, referrer policy and frame denial always", () => {
    const keys = (production: boolean) => staticSecurityHeaders({ production }).map((h) => h.key);
    expect(keys(true)).toContain("Strict-Transport-Security");
    expect(keys(false)).not.toContain("Strict-Transport-Security");
    for (const key of ["X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"])
      expect(keys(false)).toContain(key);
  });
});

describe("server actions from another origin", () => {
  const action = (headers: Record<string, string>) =>
    new Headers({ "next-action": "00abc", host: "app.example.nl", ...headers });

  it("are refused when Origin names another host, is missing or is opaque", () => {
    expect(isForeignActionRequest(action({ origin: "https://evil.example" }))).toBe(true);
    expect(isForeignActionRequest(action({ origin: "https://app.example.nl.evil.example" }))).toBe(true);
    expect(isForeignActionRequest(action({}))).toBe(true);
    expect(isForeignActionRequest(action({ origin: "null" }))).toBe(true);
    expect(isForeignActionRequest(action({ origin: "not a url" }))).toBe(true);
  });

  it("are allowed from the same host, also behind a trusted proxy that sets x-forwarded-host", () => {
    expect(isForeignActionRequest(action({ origin: "https://app.example.nl" }))).toBe(false);
    const behindProxy = action({
      origin: "https://public.example.nl",
      host: "10.0.0.5:3000",
      "x-forwarded-host": "public.example.nl",
    });
    expect(isForeignActionRequest(behindProxy, 1)).toBe(false);
  });

  it("do not believe an x-forwarded-host the client sent: without trusted proxies the host is Host", () => {
    const forged = { origin: "https://evil.example", "x-forwarded-host": "evil.example" };
    expect(isForeignActionRequest(action(forged), 0)).toBe(true);
    // Behind one proxy that appends, the client's own entry comes first and is not believed.
    expect(isForeignActionRequest(action({ ...forged, "x-forwarded-host": "evil.example, app.example.nl" }), 1)).toBe(
      true,
    );
  });

  it("do not concern ordinary requests", () => {
    expect(isForeignActionRequest(new Headers({ origin: "https://evil.example", host: "app.example.nl" }))).toBe(false);
  });
});
