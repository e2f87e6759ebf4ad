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
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={ariaLabel}
      className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${variants[variant]} ${className}`}
    >
      {children}
    </button>
  );
}
