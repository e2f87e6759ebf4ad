import { scaleBand, scaleLinear } from "d3-scale";

export type Bar = { label: string; value: number };

type Props = {
  /** Unique on the page: ties the SVG to its title, description and table. */
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  labelHeader: string;
  valueHeader: string;
  tableLabel: string;
  empty: string;
};

const WIDTH = 400;
const ROW = 26;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 34;

/**
 * A horizontal bar chart drawn on the server as SVG (d3-scale computes the geometry; no
 * client script) with its table equivalent for screen readers and anyone who prefers numbers.
 */
export function BarChart({ id, title, description, bars, labelHeader, valueHeader, tableLabel, empty }: Props) {
  if (bars.length === 0 || bars.every((bar) => bar.value === 0)) {
    return (
      <figure className="flex flex-col gap-2">
        <figcaption className="font-medium">{title}</figcaption>
        <p className="text-sm text-muted">{empty}</p>
      </figure>
    );
  }
  const height = bars.length * ROW + 8;
  const y = scaleBand<number>()
    .domain(bars.map((_, index) => index))
    .range([4, height - 4])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(...bars.map((bar) => bar.value))])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-md"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid={`chart-${id}`}
      >
        <desc id={`${id}-desc`}>{description}</desc>
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
              <text
                x={LABEL_WIDTH + x(bar.value) + 4}
                y={middle}
                dominantBaseline="middle"
                fontSize="11"
                fill="#1d2527"
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable
        label={tableLabel}
        headers={[labelHeader, valueHeader]}
        rows={bars.map((bar) => [bar.label, bar.value])}
      />
    </figure>
  );
}

/** The numbers behind a chart, folded away by default. */
export function DataTable({ label, headers, rows }: { label: string; headers: string[]; rows: (string | number)[][] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">{label}</summary>
      <table className="mt-2 w-full text-left">
        <thead>
          <tr className="border-b border-brand-100">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-1 pr-3">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])} className="border-b border-brand-50">
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="py-1 pr-3 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="py-1 pr-3 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
