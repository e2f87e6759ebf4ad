"use client";
import { useState } from "react";

/** Copies the text of the field `target` to the clipboard and says so (role=status). */
export function CopyButton({ target, label, copied }: { target: string; label: string; copied: string }) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const field = document.getElementById(target) as HTMLInputElement | null;
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      // Without clipboard access (http, an older browser): select it for Ctrl+C.
      field.select();
      document.execCommand("copy");
    }
    setDone(true);
  };
  return (
    <span className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        aria-controls={target}
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-green-900">
        {done ? copied : ""}
      </span>
    </span>
  );
}
