import { readFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import { DEMO_COORDINATORS, DEMO_STAFF } from "@/lib/demo/people";
import { PdfWriter } from "@/lib/pdf/document";
import { expect, signIn, test } from "./helpers";

const [fatima] = DEMO_STAFF.deventer;

test("a participant downloads the certificate of a completed cohort and it verifies on the public page", async ({
  page,
  browser,
  scan,
}) => {
  await signIn(page, fatima.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Mijn aanmeldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn aanmeldingen" })).toBeVisible();
  await scan();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Certificaat downloaden \(pdf\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^certificaat-Fatima-Bouzid-.+\.pdf$/);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  expect((await PDFDocument.load(bytes)).getTitle()).toBe("Certificaat van deelname");
  const [verifyUrl] = await PdfWriter.linksOf(bytes);
  const code = new URL(verifyUrl).searchParams.get("code")!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // Whoever holds the certificate checks it without an account, typing the code.
  const anonymous = await browser.newContext({ baseURL: page.url(), locale: "nl-NL" });
  const visitor = await anonymous.newPage();
  await visitor.goto("/certificates/verify");
  await expect(visitor.getByRole("heading", { level: 1, name: "Certificaat controleren" })).toBeVisible();
  await scan(visitor);
  await visitor.getByLabel("Verificatiecode").fill(code.toLowerCase());
  await visitor.getByRole("button", { name: "Controleren" }).click();
  const result = visitor.getByTestId("verification");
  await expect(result).toContainText("Dit certificaat is geldig.");
  await expect(result).toContainText(fatima.name);
  await expect(result).not.toContainText("Deventer");
  await scan(visitor);

  await visitor.getByLabel("Verificatiecode").fill("ZZZZ-ZZZZ-ZZZZ");
  await visitor.getByRole("button", { name: "Controleren" }).click();
  await expect(result).toContainText("Er is geen certificaat met deze code.");
  await scan(visitor);
  await anonymous.close();
});

test("the coordinator downloads a participant's certificate from the pool page", async ({ page, scan }) => {
  await signIn(page, DEMO_COORDINATORS.deventer.email, scan);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Interne pool" }).click();
  const certificates = page.getByTestId("certificates");
  await expect(certificates).toContainText(fatima.name);
  await scan();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    certificates.getByRole("link", { name: `Certificaat downloaden (pdf): ${fatima.name}` }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});
