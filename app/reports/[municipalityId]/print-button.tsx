"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50 print:hidden"
    >
      {label}
    </button>
  );
}
