import type { Role } from "@/lib/generated/prisma/client";

export type NavItem = { href: string; label: string };

/** What each role sees in the main menu; labels are keys under `nav`. */
export const navigation: Record<Role, NavItem[]> = {
  ADMIN: [
    { href: "/admin", label: "start" },
    { href: "/admin/audit", label: "audit" },
  ],
  TRAINER: [{ href: "/trainer", label: "trajectories" }],
  COORDINATOR: [
    { href: "/coordinator", label: "municipality" },
    { href: "/coordinator/pool", label: "pool" },
  ],
  STAFF: [
    { href: "/staff", label: "schedule" },
    { href: "/staff/recruitment", label: "recruitment" },
    { href: "/staff/enrollments", label: "enrollments" },
  ],
};

export const startPage: Record<Role, string> = {
  ADMIN: "/admin",
  TRAINER: "/trainer",
  COORDINATOR: "/coordinator",
  STAFF: "/staff",
};
