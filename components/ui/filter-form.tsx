import Link from "next/link";

/**
 * A list's filters: a GET form (the filters stay in the address, so a filtered list can be
 * bookmarked and shared), its controls side by side, a submit button and an optional link
 * back to the unfiltered list. `search` makes it a search landmark.
 */
export function FilterForm({
  label,
  submit,
  reset,
  search = false,
  children,
}: {
  label: string;
  submit: string;
  reset?: { href: string; label: string };
  search?: boolean;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      role={search ? "search" : undefined}
      aria-label={label}
      className="mb-6 flex flex-wrap items-end gap-3"
    >
      {children}
      <button
        type="submit"
        className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
      >
        {submit}
      </button>
      {reset && (
        <Link href={reset.href} className="px-2 py-2 text-brand-700 underline">
          {reset.label}
        </Link>
      )}
    </form>
  );
}
