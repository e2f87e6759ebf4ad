import Link from "next/link";

export type Crumb = { href: string; label: string };

/**
 * The way back from a detail page (NL Design System breadcrumb navigation, ADR 0022):
 * the places above it as links, the page itself last and marked as current.
 */
export function Breadcrumbs({ label, trail, current }: { label: string; trail: Crumb[]; current: string }) {
  return (
    <nav aria-label={label} className="utrecht-breadcrumb-nav mb-2 print:hidden">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol gap-x-2">
        {trail.map((crumb) => (
          <li key={crumb.href} className="utrecht-breadcrumb-nav__item flex items-center gap-x-2">
            <Link href={crumb.href} className="utrecht-breadcrumb-nav__link text-brand-700 underline">
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="utrecht-breadcrumb-nav__separator">
              ›
            </span>
          </li>
        ))}
        <li className="utrecht-breadcrumb-nav__item">
          <span aria-current="page" className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
