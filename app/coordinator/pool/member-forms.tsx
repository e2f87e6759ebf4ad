"use client";
import { FormMessage } from "@/components/ui/form-message";
import type { PoolMemberStatus } from "@/lib/generated/prisma/enums";
import { addMember, changeMemberStatus } from "./actions";
import { KeepValuesForm, useKeptForm } from "@/components/ui/keep-values-form";

const button =
  "rounded border border-brand-600 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60";

/** One button that adds an eligible person to the pool (R14 is checked on the server). */
export function AddMemberForm({
  userId,
  label,
  accessibleLabel,
}: {
  userId: string;
  label: string;
  accessibleLabel: string;
}) {
  const { state, pending, form } = useKeptForm(addMember);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-1" aria-label={accessibleLabel}>
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className={button} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}

/** The status changes open to one member (pause, alumni, reactivate). */
export function MemberStatusForm({
  memberId,
  options,
  formLabel,
}: {
  memberId: string;
  options: { status: PoolMemberStatus; label: string; accessibleLabel: string }[];
  formLabel: string;
}) {
  const { state, pending, form } = useKeptForm(changeMemberStatus);
  return (
    <KeepValuesForm {...form} className="flex flex-col gap-1" aria-label={formLabel}>
      <input type="hidden" name="memberId" value={memberId} />
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <button
            key={option.status}
            type="submit"
            name="status"
            value={option.status}
            className={button}
            disabled={pending}
            aria-label={option.accessibleLabel}
          >
            {option.label}
          </button>
        ))}
      </div>
      <FormMessage state={state} />
    </KeepValuesForm>
  );
}
