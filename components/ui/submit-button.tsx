"use client";
import { useFormStatus } from "react-dom";
import { useKeptFormPending } from "./keep-values-form";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
};

export function SubmitButton({
  children,
  className = "",
  ariaLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  className?: string;
  ariaLabel?: string;
  variant?: keyof typeof variants;
}) {
  const { pending: posting } = useFormStatus();
  const pending = useKeptFormPending() || posting;
  // Not `disabled` while pending: a disabled button drops the keyboard focus (to the top
  // of the page). aria-disabled keeps it focused and announced; a second press is ignored.
  return (
    <button
      type="submit"
      aria-disabled={pending}
      aria-label={ariaLabel}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`rounded px-4 py-2 font-medium aria-disabled:opacity-60 ${variants[variant]} ${className}`}
    >
      {children}
    </button>
  );
}
