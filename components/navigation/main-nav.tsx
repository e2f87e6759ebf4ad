"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentItem, type NavItem } from "./menu";

type Labelled = NavItem & { text: string };

const linkClass =
  "block border-b-4 border-transparent px-2 py-2 text-sm font-medium sm:px-3 sm:py-3 sm:text-base text-brand-800 hover:border-brand-100 hover:underline aria-[current=page]:border-brand-700";

/**
 * The role's main menu and the network group as one disclosure, with the current place
 * marked (aria-current) by the deepest item the path belongs to.
 */
export function MainNav({
  label,
  items,
  network,
}: {
  label: string;
  items: Labelled[];
  network: { label: string; items: Labelled[] };
}) {
  const pathname = usePathname();
  const current = currentItem(
    pathname,
    [...items, ...network.items].map((item) => item.href),
  );
  const inNetwork = network.items.some((item) => item.href === current);
  return (
    <nav aria-label={label} className="border-t border-brand-100 print:hidden">
      <ul className="mx-auto flex max-w-6xl flex-wrap items-stretch px-2 sm:px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined} className={linkClass}>
              {item.text}
            </Link>
          </li>
        ))}
        <li className="relative">
          <details key={pathname} className="group">
            <summary
              className={`flex cursor-pointer list-none items-center gap-1 border-b-4 px-2 py-2 text-sm font-medium sm:px-3 sm:py-3 sm:text-base text-brand-800 hover:underline ${inNetwork ? "border-brand-700" : "border-transparent"}`}
            >
              <span>{network.label}</span>
              <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
                ▾
              </span>
            </summary>
            <ul className="absolute left-0 z-10 mt-px flex min-w-56 flex-col rounded-b border border-brand-100 bg-white py-1 shadow-md">
              {network.items.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={item.href === current ? "page" : undefined}
                    className="block px-4 py-2 text-brand-800 hover:bg-brand-50 hover:underline aria-[current=page]:border-l-4 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold"
                  >
                    {item.text}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        </li>
      </ul>
    </nav>
  );
}
