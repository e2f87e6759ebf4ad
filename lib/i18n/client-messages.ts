import type { AbstractIntlMessages } from "next-intl";

/**
 * The only messages the browser gets (NextIntlClientProvider in app/layout): the parts of
 * the catalogue that client components (forms) translate themselves. Everything else is
 * rendered on the server, so shipping the whole catalogue with every page would only add
 * weight to each HTML response. tests/unit/i18n-client.test.ts reads every client
 * component's `useTranslations` calls and fails when one needs a key not picked here.
 */
export const CLIENT_MESSAGE_PATHS = [
  "accounts.invite",
  "peopleImport.page",
  "peopleImport.preview",
  "peopleImport.progress",
  "peopleImport.file.tooBig",
  "accounts.password",
  "accounts.forgot",
  "signUp.form",
  "accounts.profile",
  "auth.login",
  "errorPage",
  "form",
  "cases.form",
  "cases.confidentiality",
  "cases.confidentialityHelp",
  "cases.gameChanger",
  "cases.nature",
  "cases.natureHelp",
  "cases.phase",
  "cases.setting",
  "cases.role",
  "cases.roleHelp",
  "cases.page.close",
  "cases.plan",
  "cases.readers.title",
  "cases.actionStatus",
  "cases.actionTerm",
  "cases.session",
  "cohorts.form",
  "cohorts.roster",
  "enums.attendanceStatus",
  "enums.workField",
  "intake.form",
  "municipalities.form",
  "municipalities.trainers",
  "intake.kind",
  "intake.move",
  "intake.convert",
  "intake.enroll",
  "interventions.form",
  "interventions.category",
  "interventions.links",
  "network.lessons",
  "network.gameChanger",
  "network.themes",
  "network.naming",
  "network.checklist",
  "network.phase",
  "pool.attendance",
  "pool.intervisie",
  "pool.method",
  "privacy.account",
  "privacy.erase",
  "recruitment.apply",
  "sessions.form",
  "sessions.page",
  "sessions.door",
  "sessions.checkIn",
  "sessions.makeUp",
  "sessions.calendar",
  "sessions.cancel",
  "sessions.cancelHelp",
  "strategy.entry",
  "strategy.kind",
  "strategy.network",
  "strategy.notes",
  "strategy.plan",
  "strategy.status",
  "strategy.term",
  "learningNetwork.pair",
  "learningNetwork.partners",
  "trajectories.new",
  "trajectories.overview",
] as const;

type Tree = AbstractIntlMessages;

/** The subtrees of `messages` named by dotted `paths`, in the same nesting. */
export function pickMessages(messages: Tree, paths: readonly string[] = CLIENT_MESSAGE_PATHS): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: Tree | string | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    keys.slice(0, -1).forEach((key) => {
      const next = target[key];
      target = (target[key] = typeof next === "object" ? next : {}) as Tree;
    });
    target[keys[keys.length - 1]] = source;
  }
  return picked;
}
