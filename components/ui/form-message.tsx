import type { ActionState } from "@/lib/actions/state";

/** The outcome of a form's action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (state.status === "idle") return null;
  const error = state.status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      data-testid="form-message"
      className={`rounded border px-3 py-2 ${error ? "border-red-700 bg-red-50 text-red-900" : "border-brand-600 bg-brand-50 text-brand-800"}`}
    >
      <p>{error ? state.message : (state.message ?? "")}</p>
      {!error && state.warnings?.map((warning) => <p key={warning}>{warning}</p>)}
    </div>
  );
}
