import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { ChartFigure, type ChartText } from "./chart-figure";

export type Point = { label: string; value: number };

const WIDTH = 560;
const HEIGHT = 220;
const MARGIN = { top: 14, right: 30, bottom: 30, left: 36 };

/** A line over time drawn on the server as SVG (d3-scale + d3-shape), with its table equivalent. */
export function LineChart({ points, ...text }: ChartText & { points: Point[] }) {
  const x = scalePoint<string>()
    .domain(points.map((p) => p.label))
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const max = Math.max(1, ...points.map((p) => p.value));
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<Point>()
    .x((p) => x(p.label) ?? 0)
    .y((p) => y(p.value))(points);
  const ticks = y.ticks(Math.min(4, max));
  const every = Math.ceil(points.length / 6);
  return (
    <ChartFigure {...text} rows={points.map((p) => [p.label, p.value])} isEmpty={points.length === 0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-2xl" aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d5eaea" />
            <text
              x={MARGIN.left - 4}
              y={y(tick)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="13"
              fill="#4b5a5e"
            >
              {tick}
            </text>
          </g>
        ))}
        {points.map((p, index) =>
          index % every === 0 ? (
            <text key={p.label} x={x(p.label)} y={HEIGHT - 8} textAnchor="middle" fontSize="13" fill="#4b5a5e">
              {p.label}
            </text>
          ) : null,
        )}
        <path d={path ?? ""} fill="none" stroke="#1f6f6f" strokeWidth="3" />
        {points.map((p) => (
          <circle key={p.label} cx={x(p.label)} cy={y(p.value)} r="3.5" fill="#1f6f6f" />
        ))}
      </svg>
    </ChartFigure>
  );
}
