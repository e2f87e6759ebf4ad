"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { KeepValuesForm } from "./keep-values-form";

type Action = (previous: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/**
 * One button that runs a server action on one record (accept, withdraw, register…),
 * with the record's ids as hidden fields and the outcome announced next to it.
 */
export function ActionButton({
  action,
  fields,
  label,
  about,
  tone = "primary",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  /** What the button acts on, for screen readers ("Withdraw (Anna Jansen)"); the visible label comes first. */
  about?: string;
  tone?: "primary" | "secondary";
}) {
  const [state, run, pending] = useActionState(action, { status: "idle" } as ActionState<unknown>);
  return (
    <KeepValuesForm action={run} state={state} pending={pending} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton ariaLabel={about ? `${label} (${about})` : undefined} variant={tone}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
