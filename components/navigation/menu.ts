import type { Role } from "@/lib/generated/prisma/client";

export type NavItem = { href: string; label: string };

/** Shared by every role: the strategy register, the municipality's lessons and the network library (issue 6). */
const network: NavItem[] = [
  { href: "/strategy", label: "strategy" },
  { href: "/learning-network", label: "learningNetwork" },
  { href: "/lessons", label: "lessons" },
  { href: "/network", label: "library" },
  { href: "/interventions", label: "interventions" },
];

/** Every signed-in role subscribes to its own calendar feed. */
const calendar: NavItem = { href: "/calendar", label: "calendar" };

/** What each role sees in the main menu; labels are keys under `nav`. */
export const navigation: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/admin", label: "start" },
    { href: "/admin/people", label: "people" },
    { href: "/admin/audit", label: "audit" },
    { href: "/admin/intake", label: "intake" },
    { href: "/dashboard", label: "dashboard" },
    { href: "/admin/outbox", label: "outbox" },
    calendar,
    ...network,
  ],
  TRAINER: [
    { href: "/trainer", label: "trajectories" },
    { href: "/trainer/cases", label: "cases" },
    { href: "/dashboard", label: "dashboard" },
    calendar,
    ...network,
  ],
  COORDINATOR: [
    { href: "/coordinator", label: "municipality" },
    { href: "/coordinator/pool", label: "pool" },
    { href: "/coordinator/cases", label: "cases" },
    { href: "/coordinator/dashboard", label: "dashboard" },
    calendar,
    ...network,
  ],
  STAFF: [
    { href: "/staff", label: "schedule" },
    { href: "/staff/recruitment", label: "recruitment" },
    { href: "/staff/enrollments", label: "enrollments" },
    { href: "/staff/cases", label: "cases" },
    calendar,
    ...network,
  ],
};

export const startPage: Record<Role, string> = {
  ADMIN: "/admin",
  TRAINER: "/trainer",
  COORDINATOR: "/coordinator",
  STAFF: "/staff",
};
