"use client";
import { ErrorNotice } from "@/components/errors/error-notice";

/** An unexpected error in a page: shown inside the root layout, so the menu stays. */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
