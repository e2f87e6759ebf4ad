// Flemish (nl-BE): only the Dutch wording that Flemish local government writes differently
// (lib/i18n/overlay.ts lays it over Dutch). Keys must exist in Dutch (tests/unit/i18n).
import accounts from "./accounts.json";
import audit from "./audit.json";
import auth from "./auth.json";
import cases from "./cases.json";
import certificates from "./certificates.json";
import cohorts from "./cohorts.json";
import common from "./common.json";
import enums from "./enums.json";
import home from "./home.json";
import intake from "./intake.json";
import learningNetwork from "./learningNetwork.json";
import municipalities from "./municipalities.json";
import network from "./network.json";
import peopleImport from "./peopleImport.json";
import pool from "./pool.json";
import privacy from "./privacy.json";
import recruitment from "./recruitment.json";
import reports from "./reports.json";
import rules from "./rules.json";
import sessions from "./sessions.json";
import signUp from "./signUp.json";
import strategy from "./strategy.json";
import trajectories from "./trajectories.json";

export const nlBE = {
  accounts,
  audit,
  auth,
  cases,
  certificates,
  cohorts,
  ...common,
  enums,
  home,
  intake,
  learningNetwork,
  municipalities,
  network,
  peopleImport,
  pool,
  privacy,
  recruitment,
  reports,
  rules,
  sessions,
  signUp,
  strategy,
  trajectories,
};
