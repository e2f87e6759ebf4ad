import type { Role } from "@/lib/generated/prisma/client";

export type NavItem = { href: string; label: string };

/**
 * Each role's main menu: only what that role does most (issue 17). Labels are keys under
 * `nav`. Everything shared by the network sits in one group, and the calendar feed and the
 * account with the person's name in the bar above.
 */
export const mainMenu: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/admin", label: "start" },
    { href: "/admin/intake", label: "intake" },
    { href: "/admin/people", label: "people" },
    { href: "/dashboard", label: "dashboard" },
    { href: "/admin/outbox", label: "outbox" },
    { href: "/admin/audit", label: "audit" },
  ],
  TRAINER: [
    { href: "/trainer", label: "trajectories" },
    { href: "/trainer/cases", label: "cases" },
    { href: "/dashboard", label: "dashboard" },
  ],
  COORDINATOR: [
    { href: "/coordinator", label: "municipality" },
    { href: "/coordinator/intros", label: "intros" },
    { href: "/coordinator/pool", label: "pool" },
    { href: "/coordinator/cases", label: "cases" },
    { href: "/coordinator/dashboard", label: "dashboard" },
  ],
  STAFF: [
    { href: "/staff", label: "schedule" },
    { href: "/staff/recruitment", label: "recruitment" },
    { href: "/staff/enrollments", label: "enrollments" },
    { href: "/staff/cases", label: "cases" },
    { href: "/check-in", label: "checkIn" },
  ],
};

/** Shared by every role: the strategy register, the lessons and the network library (issue 6). */
export const networkMenu: NavItem[] = [
  { href: "/strategy", label: "strategy" },
  { href: "/learning-network", label: "learningNetwork" },
  { href: "/lessons", label: "lessons" },
  { href: "/network", label: "library" },
  { href: "/interventions", label: "interventions" },
];

/** The first place of a role's menu, where a breadcrumb trail starts. */
export const homeItem = (role: Role): NavItem => mainMenu[role][0];

/** The role's case list, if its menu has one. */
export const caseListItem = (role: Role): NavItem | undefined => mainMenu[role].find((item) => item.label === "cases");

export const startPage: Record<Role, string> = {
  ADMIN: "/admin",
  TRAINER: "/trainer",
  COORDINATOR: "/coordinator",
  STAFF: "/staff",
};

/**
 * The menu item the current path belongs to: the longest href that is the path or one of
 * its parents, so /admin/people marks "people" and not "start".
 */
export function currentItem(pathname: string, hrefs: string[]): string | undefined {
  return hrefs
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
}
