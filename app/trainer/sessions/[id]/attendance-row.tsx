"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/actions/state";
import { recordAttendanceAction } from "./actions";
import { KeepValuesForm } from "@/components/ui/keep-values-form";
import { MakeUpForm } from "./make-up-form";

const STATUSES = ["PRESENT", "ABSENT", "EXCUSED"] as const;

/** One person on the attendance list: three large buttons, the current one pressed. */
export function AttendanceRow(props: {
  sessionId: string;
  person: { id: string; name: string };
  status: (typeof STATUSES)[number] | null;
  /** Offered at a cohort step that counts for completion (R4), with the decision already made, if any. */
  makeUp: { reason: string | null } | null;
}) {
  const t = useTranslations("sessions.page");
  const tStatus = useTranslations("enums.attendanceStatus");
  const [state, action, pending] = useActionState(recordAttendanceAction, idle);
  const current = state.status === "success" ? (state.data as (typeof STATUSES)[number]) : props.status;
  return (
    <li className="py-3">
      <KeepValuesForm
        action={action}
        state={state}
        pending={pending}
        aria-label={t("attendanceOf", { name: props.person.name })}
        className="flex flex-col gap-2"
        data-testid="attendance-row"
      >
        <input type="hidden" name="sessionId" value={props.sessionId} />
        <input type="hidden" name="userId" value={props.person.id} />
        <p className="font-medium">
          {props.person.name}{" "}
          <span className="text-sm font-normal text-muted">
            · {current ? t("attendanceCurrent", { status: tStatus(current) }) : t("attendanceNone")}
          </span>
        </p>
        <div className="grid grid-cols-3 gap-2">
          {STATUSES.map((status) => (
            <button
              key={status}
              type="submit"
              name="status"
              value={status}
              // Not `disabled` while saving: that would drop the keyboard focus to the top of the page.
              aria-disabled={pending}
              onClick={(event) => {
                if (pending) event.preventDefault();
              }}
              aria-pressed={current === status}
              className="min-h-12 rounded border border-brand-600 px-2 py-3 text-brand-800 aria-pressed:bg-brand-700 aria-pressed:font-semibold aria-pressed:text-white aria-disabled:opacity-60"
            >
              {tStatus(status)}
            </button>
          ))}
        </div>
        {state.status === "error" && <FormMessage state={state} />}
        <p role="status" className="text-sm text-muted" data-testid="attendance-saved">
          {state.status === "success" && current
            ? t("attendanceSaved", { name: props.person.name, status: tStatus(current) })
            : ""}
        </p>
      </KeepValuesForm>
      {props.makeUp && (current === "ABSENT" || current === "EXCUSED") && (
        <MakeUpForm sessionId={props.sessionId} person={props.person} reason={props.makeUp.reason} />
      )}
    </li>
  );
}
