import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its wasm and data files from its own package folder at run time.
  // pdf-lib and its font engine load as Node loads them in the tests, unbundled (ADR 0027).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pdf-lib", "@pdf-lib/fontkit"],
  poweredByHeader: false,
  typedRoutes: false,
  // Render <title> and other metadata in <head> before the page, for every client, rather
  // than streaming it in later: screen readers (and axe) must never meet a page without a title.
  htmlLimitedBots: /.*/,
  // Every response, static files included; the per-request CSP is set in proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) },
    ];
  },
};

export default withNextIntl(nextConfig);
