// Delivery against a real SMTP server (smtp-server, on a free port of this machine): what
// the server receives, and what happens when it refuses. Every run gets its `now`, so
// the backoff is asserted exactly, without waiting.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invitePerson } from "@/lib/accounts/service";
import { invitePersonSchema } from "@/lib/accounts/schemas";
import { db } from "@/lib/db/client";
import { adminNextSteps } from "@/lib/next-steps/queries";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { notify } from "@/lib/notifications/notify";
import { outboxPage } from "@/lib/notifications/read-models";
import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_MINUTES } from "@/lib/notifications/rules";
import { retryFailedMailAction } from "@/app/admin/outbox/actions";
import { makeUser } from "../../support/fixtures";
import { form } from "../../support/form";
import { signInAs } from "../../support/session";

type Refusal = { code: number; message: string };
const received: ParsedMail[] = [];
/** What the server answers to the next RCPT TO commands, in order; empty means accept. */
let refusals: Refusal[] = [];

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(_address, _session, callback) {
    const refusal = refusals.shift();
    if (!refusal) return callback();
    callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
  },
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => received.push(mail))
      .then(() => callback(), callback);
  },
});

const previousSmtpUrl = process.env.SMTP_URL;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env.SMTP_URL = previousSmtpUrl;
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  refusals = [];
});

const MINUTE = 60_000;
const later = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);
const mailRow = async (id: string) => (await db()).outboxMail.findUniqueOrThrow({ where: { id } });

async function queueMail(subject: string) {
  const person = await makeUser("TRAINER");
  const prisma = await db();
  await prisma.$transaction((tx) =>
    notify(tx, { to: person, kind: "test.mail", subject, body: `Beste ${person.name},\n\nTot donderdag!` }),
  );
  return prisma.outboxMail.findFirstOrThrow({ where: { subject } });
}

describe("mail delivery through SMTP", () => {
  it("sends the invitation a real use case queued: the server receives address, subject and body", async () => {
    const admin = await makeUser("ADMIN");
    const input = invitePersonSchema.parse({
      name: "Anouk de Vries",
      email: "anouk.devries@example.test",
      role: "TRAINER",
    });
    await invitePerson(admin, input, "https://middengrond.test");
    const queued = await (await db()).outboxMail.findFirstOrThrow({ where: { toEmail: input.email } });

    expect(await deliverOutbox(await db(), { now: new Date() })).toBe(1);

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value.map((to) => to.address)).toEqual([input.email]);
    expect(mail.subject).toBe(queued.subject);
    expect(mail.text?.trim()).toBe(queued.body.trim());
    expect(mail.text).toContain("https://middengrond.test/");
    const row = await mailRow(queued.id);
    expect(row).toMatchObject({ attempts: 1, lastError: null, failedAt: null, nextAttemptAt: null });
    expect(row.sentAt).not.toBeNull();
    expect(await deliverOutbox(await db(), { now: later(new Date(), 60) }), "sent mail is never sent again").toBe(0);
    expect(received).toHaveLength(1);
  });

  it("retries a temporary refusal after 1, 5 and 30 minutes and fails at once on a permanent one", async () => {
    const queued = await queueMail("Uitnodiging intervisie");
    refusals = [
      { code: 451, message: "4.3.0 Mailbox busy, try again later" },
      { code: 451, message: "4.3.0 Mailbox busy, try again later" },
      { code: 452, message: "4.2.2 Mailbox full" },
      { code: 550, message: "5.1.1 No such user here" },
    ];
    let now = new Date("2026-12-03T08:00:00.000Z");
    for (const [index, delay] of RETRY_DELAYS_MINUTES.slice(0, 3).entries()) {
      expect(await deliverOutbox(await db(), { now })).toBe(0);
      const row = await mailRow(queued.id);
      expect(row.attempts).toBe(index + 1);
      expect(row.nextAttemptAt).toEqual(later(now, delay));
      expect(row.lastError).toMatch(/^45[12] /);
      expect(row.failedAt).toBeNull();

      const justBefore = new Date(later(now, delay).getTime() - 1);
      await deliverOutbox(await db(), { now: justBefore });
      expect((await mailRow(queued.id)).attempts, "not tried before it is due").toBe(index + 1);
      now = later(now, delay);
    }

    expect(await deliverOutbox(await db(), { now })).toBe(0);
    const failed = await mailRow(queued.id);
    expect(failed).toMatchObject({ attempts: 4, failedAt: now, nextAttemptAt: null, sentAt: null });
    expect(failed.lastError).toContain("550 5.1.1 No such user here");
    await deliverOutbox(await db(), { now: later(now, 24 * 60) });
    expect((await mailRow(queued.id)).attempts, "failed mail is never tried again").toBe(4);
    expect(received).toHaveLength(0);

    const outbox = await outboxPage(await makeUser("ADMIN"));
    expect(outbox?.mails.find((mail) => mail.id === queued.id)).toMatchObject({
      status: "failed",
      attempts: 4,
      nextAttemptAt: null,
      serverAnswer: expect.stringContaining("550 5.1.1 No such user here"),
    });
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} temporary refusals; until then the outbox shows it will be retried`, async () => {
    const queued = await queueMail("Herinnering bijeenkomst");
    refusals = Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => ({ code: 421, message: "4.7.0 Try again later" }));
    const admin = await makeUser("ADMIN");
    let now = new Date("2026-12-03T08:00:00.000Z");
    for (const delay of RETRY_DELAYS_MINUTES) {
      await deliverOutbox(await db(), { now });
      now = later(now, delay);
      expect((await mailRow(queued.id)).nextAttemptAt).toEqual(now);
    }
    const retrying = (await outboxPage(admin))?.mails.find((mail) => mail.id === queued.id);
    expect(retrying).toMatchObject({ status: "retrying", attempts: MAX_DELIVERY_ATTEMPTS - 1, nextAttemptAt: now });
    const failedCount = async () =>
      (await adminNextSteps(await db())).find((step) => step.key === "mailFailed")?.count ?? 0;
    const failedBefore = await failedCount();

    await deliverOutbox(await db(), { now });
    expect(await mailRow(queued.id)).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, failedAt: now });
    const failed = (await outboxPage(admin))?.mails.find((mail) => mail.id === queued.id);
    expect(failed).toMatchObject({
      status: "failed",
      serverAnswer: expect.stringContaining("421 4.7.0 Try again later"),
    });
    expect(await failedCount(), "the admin's start page counts it as failed mail").toBe(failedBefore + 1);
    expect(received).toHaveLength(0);
  });

  it("sends a failed mail again when the admin asks, with all its tries ahead of it; once is enough", async () => {
    const queued = await queueMail("Terugkomdag verplaatst");
    refusals = [{ code: 550, message: "5.1.1 No such user here" }];
    const now = new Date();
    await deliverOutbox(await db(), { now });
    expect(await mailRow(queued.id)).toMatchObject({ attempts: 1, failedAt: now });

    signInAs((await makeUser("ADMIN")).id);
    const retried = await retryFailedMailAction({ status: "idle" }, form({ mailId: queued.id }));
    expect(retried).toMatchObject({ status: "success", data: { queued: true } });
    expect(await mailRow(queued.id)).toMatchObject({ attempts: 0, failedAt: null, nextAttemptAt: null });
    const again = await retryFailedMailAction({ status: "idle" }, form({ mailId: queued.id }));
    expect(again, "a mail queued again is left as it is").toMatchObject({ status: "success", data: { queued: false } });
    const audited = await (
      await db()
    ).auditEvent.count({ where: { action: "outboxMail.retried", entityId: queued.id } });
    expect(audited).toBe(1);

    expect(await deliverOutbox(await db(), { now: later(now, 1) })).toBe(1);
    expect(received.map((mail) => mail.subject)).toEqual(["Terugkomdag verplaatst"]);
  });

  it("keeps mail queued and untouched while no SMTP server is configured", async () => {
    const queued = await queueMail("Zonder SMTP");
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      expect(await deliverOutbox(await db(), { now: new Date() })).toBe(0);
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(await mailRow(queued.id)).toMatchObject({ attempts: 0, sentAt: null, failedAt: null });
    // Delivered once SMTP is back, so the next test starts from an empty queue.
    expect(await deliverOutbox(await db(), { now: new Date() })).toBe(1);
  });
});
