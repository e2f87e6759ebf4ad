"use client";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/state";

/**
 * The outcome of a form's action, announced to screen readers and brought into view:
 * after pressing a button at the bottom of a long form the eye is there, not at the top.
 * Styled as the NL Design System's alert (ADR 0022).
 */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "idle") return;
    const element = box.current;
    if (!element) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [state]);
  if (state.status === "idle") return null;
  const error = state.status === "error";
  return (
    <div
      ref={box}
      role={error ? "alert" : "status"}
      data-testid="form-message"
      className={`utrecht-alert ${error ? "utrecht-alert--error" : "utrecht-alert--ok"} scroll-mt-24`}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className={error ? "font-semibold" : "font-medium"}>{error ? state.message : (state.message ?? "")}</p>
          {!error && state.warnings?.map((warning) => <p key={warning}>{warning}</p>)}
        </div>
      </div>
    </div>
  );
}
