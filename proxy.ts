import { NextResponse, type NextRequest } from "next/server";
import { actionBodyProblem, formPostProblem } from "@/lib/security/action-body";
import { believableHeaders } from "@/lib/security/forwarding";
import { contentSecurityPolicy, isForeignActionRequest, newNonce } from "@/lib/security/headers";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-path";

/**
 * Runs before every page and server action: a per-request CSP nonce (Next applies it
 * to its own scripts when it finds it in the request's CSP header), a refusal of
 * server actions posted from another origin or with a body Next cannot decode (it would
 * answer 500; lib/security/action-body.ts), and only the forwarding headers that trusted
 * proxies wrote (lib/security/forwarding.ts), and the path asked for, so a page that
 * needs a sign-in can return there afterwards (lib/auth/return-path.ts). Static headers are in next.config.ts.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST" && isForeignActionRequest(request.headers)) {
    return new NextResponse("Forbidden", { status: 403, headers: { "Content-Type": "text/plain" } });
  }
  if (request.method === "POST") {
    // A clone: Next keeps the body it gave the proxy and passes it on to the page or action.
    const body = request.clone();
    const refused = request.headers.has("next-action") ? await actionBodyProblem(body) : await formPostProblem(body);
    if (refused)
      return new NextResponse(`Refused: ${refused.problem}`, {
        status: refused.status,
        headers: { "Content-Type": "text/plain" },
      });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = believableHeaders(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
