import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/security/forwarding";
import { authSecret } from "./secret";
import { verifyCredentials } from "./sign-in";
import { endSignInSession, openSignInSession, SESSION_SECONDS } from "./sign-in-sessions";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** The account is being tried from many places; its usual addresses still get in. */
class AccountRateLimited extends CredentialsSignin {
  code = "rate_limited_account";
}

const credentials = z.object({ email: z.string().trim().max(320), password: z.string().max(1024) });

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  secret: await authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
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
        const prisma = await db();
        const address = clientAddress(request.headers);
        const outcome = await verifyCredentials(prisma, { ...parsed.data, address });
        if (outcome.ok) {
          const sessionId = await openSignInSession(prisma, outcome.user.id, address);
          return { id: outcome.user.id, sessionVersion: outcome.user.sessionVersion, sessionId };
        }
        if (outcome.reason === "rateLimited")
          throw outcome.limit === "account" ? new AccountRateLimited() : new RateLimited();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.ver = signedIn.sessionVersion ?? 0;
        token.sid = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, ver: token.ver, sid: token.sid };
    },
  },
  // Auth.js's own sign-out route (POST /api/auth/signout) ends the session too.
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSignInSession(await db(), sid);
    },
  },
}));
