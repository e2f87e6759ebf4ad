import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/security/client-address";
import { authSecret } from "./secret";
import { verifyCredentials } from "./sign-in";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const credentials = z.object({ email: z.string().trim().max(320), password: z.string().max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  secret: await authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Secure (and `__Secure-` prefixed) whenever the site is served over https: always when
  // AUTH_URL says so, else per request (x-forwarded-proto from the TLS proxy, trustHost).
  useSecureCookies: process.env.AUTH_URL?.startsWith("https://") ? true : undefined,
  cookies: { sessionToken: { options: { httpOnly: true, sameSite: "lax", path: "/" } } },
  pages: { signIn: "/login" },
  // A wrong password is an expected outcome, not a server error worth a stack trace.
  logger: { error: (error) => error.name !== "CredentialsSignin" && console.error(`[auth] ${error.name}`) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const outcome = await verifyCredentials(await db(), {
          ...parsed.data,
          address: clientAddress(request.headers),
        });
        if (outcome.ok) return { id: outcome.user.id, sessionVersion: outcome.user.sessionVersion };
        if (outcome.reason === "rateLimited") throw new RateLimited();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.ver = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, ver: token.ver };
    },
  },
}));
