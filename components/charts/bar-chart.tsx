import { scaleLinear } from "d3-scale";
import { ChartFigure, type ChartText } from "./chart-figure";

export type Bar = { label: string; value: number };

/** The longest bar leaves room for its number beside it. */
const LONGEST = 88;

/**
 * A horizontal bar chart drawn on the server in HTML (d3-scale computes the lengths; no
 * client script), so labels wrap instead of being cut off and text keeps its size at any
 * width; on a phone each label stands above its bar. With its table equivalent.
 */
export function BarChart({ bars, ...text }: ChartText & { bars: Bar[] }) {
  const length = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((bar) => bar.value))])
    .range([0, LONGEST]);
  return (
    <ChartFigure
      {...text}
      rows={bars.map((bar) => [bar.label, bar.value])}
      isEmpty={bars.length === 0 || bars.every((bar) => bar.value === 0)}
    >
      <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,38%)_1fr] sm:gap-y-2">
        {bars.map((bar) => (
          <div key={bar.label} className="contents">
            <span className="text-sm leading-snug sm:self-center sm:text-right">{bar.label}</span>
            <span className="relative mb-2 block h-6 sm:mb-0">
              <span
                className="chart-bar absolute inset-y-0 left-0 rounded-sm bg-brand-600"
                style={{ width: `${Math.max(length(bar.value), bar.value > 0 ? 0.5 : 0)}%` }}
              />
              <span
                className="absolute inset-y-0 flex items-center pl-1.5 text-sm font-semibold tabular-nums"
                style={{ left: `${length(bar.value)}%` }}
              >
                {bar.value}
              </span>
            </span>
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}
