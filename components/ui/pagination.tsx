import Link from "next/link";

export type PageLink = { href: string; label: string; rel?: "prev" | "next" };

/** The links between a long list's pages (previous, next, back to the newest …), where there are any. */
export function Pagination({ label, links }: { label: string; links: (PageLink | false | "" | null | undefined)[] }) {
  return (
    <nav aria-label={label} className="mt-4 flex gap-4">
      {links
        .filter((link): link is PageLink => Boolean(link))
        .map((link) => (
          <Link key={link.href} href={link.href} className="text-brand-700 underline" rel={link.rel}>
            {link.label}
          </Link>
        ))}
    </nav>
  );
}
