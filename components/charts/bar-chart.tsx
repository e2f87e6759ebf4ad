import { scaleBand, scaleLinear } from "d3-scale";
import { ChartFigure, type ChartText } from "./chart-figure";

export type Bar = { label: string; value: number };

const WIDTH = 400;
const ROW = 26;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 34;

/**
 * A horizontal bar chart drawn on the server as SVG (d3-scale computes the geometry; no
 * client script) with its table equivalent for screen readers and anyone who prefers numbers.
 */
export function BarChart({ bars, ...text }: ChartText & { bars: Bar[] }) {
  const height = bars.length * ROW + 8;
  const y = scaleBand<number>()
    .domain(bars.map((_, index) => index))
    .range([4, height - 4])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(...bars.map((bar) => bar.value))])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  return (
    <ChartFigure
      {...text}
      rows={bars.map((bar) => [bar.label, bar.value])}
      isEmpty={bars.length === 0 || bars.every((bar) => bar.value === 0)}
      width={WIDTH}
      height={height}
    >
      {bars.map((bar, index) => {
        const top = y(index) ?? 0;
        const middle = top + y.bandwidth() / 2;
        return (
          <g key={bar.label}>
            <text
              x={LABEL_WIDTH - 6}
              y={middle}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="11"
              fill="#1d2527"
            >
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={top}
              width={Math.max(x(bar.value), bar.value > 0 ? 2 : 0)}
              height={y.bandwidth()}
              fill="#1f6f6f"
              rx="2"
            />
            <text x={LABEL_WIDTH + x(bar.value) + 4} y={middle} dominantBaseline="middle" fontSize="11" fill="#1d2527">
              {bar.value}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
