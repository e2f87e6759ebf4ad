import { getTranslations } from "next-intl/server";
import type { Readiness } from "@/lib/pool/rules";

/** R16 as a progress bar with its criteria in words (the bar alone carries no meaning). */
export async function ReadinessBar({ readiness }: { readiness: Readiness }) {
  const t = await getTranslations("pool.readiness");
  return (
    <div data-testid="readiness" className="flex flex-col gap-3">
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label={t("progress")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={readiness.percent}
          className="h-4 flex-1 overflow-hidden rounded-full border border-brand-600 bg-white"
        >
          <div className="h-full bg-brand-600" style={{ width: `${readiness.percent}%` }} />
        </div>
        <span className="font-semibold tabular-nums" data-testid="readiness-percent">
          {readiness.percent}%
        </span>
      </div>
      <p>{readiness.ready ? t("ready") : t("notReady")}</p>
      <ul className="flex flex-col gap-1" aria-label={t("criteria")}>
        {readiness.criteria.map((criterion) => (
          <li key={criterion.key} data-testid={`criterion-${criterion.key}`} data-met={criterion.met}>
            <span aria-hidden="true" className={criterion.met ? "text-brand-700" : "text-muted"}>
              {criterion.met ? "✔ " : "○ "}
            </span>
            {t(criterion.key, { current: criterion.current, required: criterion.required })}
            <span className="sr-only"> ({criterion.met ? t("met") : t("notMet")})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
