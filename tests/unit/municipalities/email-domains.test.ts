import { describe, expect, it } from "vitest";
import { updateMunicipalitySchema } from "@/lib/municipalities/schemas";
import { addressInDomains, domainOf, normaliseDomain } from "@/lib/municipalities/rules";

describe("a municipality's e-mail domains (ADR 0032)", () => {
  it("are lower-cased; a leading @ and a trailing dot are dropped", () => {
    expect(normaliseDomain("Zwolle.NL")).toBe("zwolle.nl");
    expect(normaliseDomain(" @zwolle.nl ")).toBe("zwolle.nl");
    expect(normaliseDomain("zwolle.nl.")).toBe("zwolle.nl");
    expect(normaliseDomain("gemeente.sint-niklaas.be")).toBe("gemeente.sint-niklaas.be");
    expect(normaliseDomain("xn--mnchen-3ya.de")).toBe("xn--mnchen-3ya.de");
  });

  it("must be real domain syntax: two labels at least, no spaces, no leading or trailing hyphen, an alphabetic top level", () => {
    for (const typed of [
      "zwolle",
      "zwolle.",
      ".nl",
      "zwolle..nl",
      "-zwolle.nl",
      "zwolle-.nl",
      "zwol le.nl",
      "jan@zwolle.nl",
      "zwolle.n",
      "zwolle.123",
      "http://zwolle.nl",
      "zwolle.nl/",
      `${"a".repeat(64)}.nl`,
      `${"abc.".repeat(63)}nl`,
      "",
    ])
      expect(normaliseDomain(typed), typed).toBeNull();
    expect(normaliseDomain(`${"a".repeat(63)}.nl`)).not.toBeNull();
  });

  it("an address matches its exact domain in any case; a subdomain, a look-alike or a parent domain does not", () => {
    const domains = ["zwolle.nl", "gemeentezwolle.nl"];
    expect(addressInDomains("anna@zwolle.nl", domains)).toBe(true);
    expect(addressInDomains("Anna@ZWOLLE.NL", domains)).toBe(true);
    expect(addressInDomains("anna@gemeentezwolle.nl", domains)).toBe(true);
    expect(addressInDomains("anna@wijk.zwolle.nl", domains)).toBe(false);
    expect(addressInDomains("anna@evilzwolle.nl", domains)).toBe(false);
    expect(addressInDomains("anna@zwolle.nl.evil.example", domains)).toBe(false);
    expect(addressInDomains("anna@nl", domains)).toBe(false);
    expect(addressInDomains("anna@zwolle.nl", [])).toBe(false);
    expect(addressInDomains("wijk.zwolle.nl@evil.example", domains)).toBe(false);
    expect(domainOf("a@b@Zwolle.nl")).toBe("zwolle.nl");
  });

  it("the form's list: any separator, each domain once, a bad one refused at the field", () => {
    const base = { municipalityId: "00000000-0000-4000-8000-000000000000", name: "Zwolle" };
    expect(
      updateMunicipalitySchema.parse({ ...base, emailDomains: "Zwolle.nl\n@zwolle.nl, wijk.zwolle.nl;x.nl" }),
    ).toMatchObject({ emailDomains: ["zwolle.nl", "wijk.zwolle.nl", "x.nl"] });
    expect(updateMunicipalitySchema.parse({ ...base, emailDomains: "  " })).toMatchObject({ emailDomains: [] });
    expect(updateMunicipalitySchema.parse(base)).toMatchObject({ emailDomains: [] });
    const refused = updateMunicipalitySchema.safeParse({ ...base, emailDomains: "zwolle.nl\nzwolle" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["emailDomains"], "@municipalities.form.notADomain"],
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `d${i}.nl`).join("\n");
    expect(updateMunicipalitySchema.safeParse({ ...base, emailDomains: many }).error?.issues[0].message).toBe(
      "@municipalities.form.tooManyDomains",
    );
  });
});
