import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "@/lib/auth/return-path";

describe("the path to return to after signing in", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeReturnPath("/check-in?code=ABC123")).toBe("/check-in?code=ABC123");
    expect(signInPathFor("/check-in?code=ABC123")).toBe("/login?next=%2Fcheck-in%3Fcode%3DABC123");
  });

  it.each([
    ["an absolute URL", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example"],
    ["a backslash trick", "/\\evil.example"],
    ["a control character", "/staff\n"],
    ["the sign-in page itself", "/login?next=%2F"],
    ["something that is not text", 42],
    ["a path longer than a link needs", `/${"a".repeat(600)}`],
  ])("refuses %s", (_label, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("sends to the plain sign-in page when there is nothing worth returning to", () => {
    expect(signInPathFor(null)).toBe("/login");
    expect(signInPathFor("/")).toBe("/login");
    expect(signInPathFor("//evil.example")).toBe("/login");
  });
});
