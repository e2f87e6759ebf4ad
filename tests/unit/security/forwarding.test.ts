import { describe, expect, it } from "vitest";
import { believableHeaders, clientAddress, requestHost, trustedEntry, trustedProxies } from "@/lib/security/forwarding";

const forged = {
  host: "app.example.nl",
  "x-forwarded-for": "198.51.100.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  "x-real-ip": "198.51.100.8",
  forwarded: "for=198.51.100.9",
};

describe("TRUSTED_PROXIES", () => {
  it("is none by default, else a small whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ TRUSTED_PROXIES: " 2 " })).toBe(2);
    for (const wrong of ["-1", "1.5", "yes", "11"])
      expect(() => trustedProxies({ TRUSTED_PROXIES: wrong })).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the trusted entry of a forwarding header", () => {
  it("is the one the outermost trusted proxy appended: the client's own entries before it do not count", () => {
    expect(trustedEntry("203.0.113.5", 1)).toBe("203.0.113.5");
    expect(trustedEntry("6.6.6.6, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(trustedEntry("6.6.6.6, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(trustedEntry("203.0.113.5", 2)).toBe("203.0.113.5");
    expect(trustedEntry(null, 1)).toBeUndefined();
    expect(trustedEntry(" , ", 1)).toBeUndefined();
    expect(trustedEntry("203.0.113.5", 0)).toBeUndefined();
  });
});

describe("the headers the app believes (proxy.ts)", () => {
  it("without trusted proxies: none of the forwarding headers a client sent, so Next fills in the socket and Host", () => {
    const believed = believableHeaders(new Headers(forged), 0);
    for (const name of Object.keys(forged).filter((name) => name !== "host")) expect(believed.get(name)).toBeNull();
    expect(believed.get("host")).toBe("app.example.nl");
    expect(requestHost(new Headers(forged), 0)).toBe("app.example.nl");
  });

  it("behind one proxy: only the entry it appended", () => {
    const believed = believableHeaders(
      new Headers({
        host: "10.0.0.5:3000",
        "x-forwarded-for": "6.6.6.6, 203.0.113.5",
        "x-forwarded-host": "app.example.nl",
        "x-forwarded-proto": "https",
        "x-real-ip": "6.6.6.6",
      }),
      1,
    );
    expect(clientAddress(believed)).toBe("203.0.113.5");
    expect(believed.get("x-forwarded-for")).toBe("203.0.113.5");
    expect(believed.get("x-forwarded-host")).toBe("app.example.nl");
    expect(believed.get("x-forwarded-proto")).toBe("https");
    expect(believed.get("x-real-ip")).toBeNull();
    expect(requestHost(believed, 1)).toBe("app.example.nl");
  });

  it("in pages and actions: the address Next or the proxy left, else 'unknown'", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("::ffff:127.0.0.1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
