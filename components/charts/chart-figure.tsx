import { FiguresTable } from "./figures-table";

type Props = {
  /** Unique on the page: ties the SVG to its title, description and table. */
  id: string;
  title: string;
  description: string;
  /** The figures as [label, value] rows, shown as the chart's table equivalent. */
  rows: [string, number][];
  labelHeader: string;
  valueHeader: string;
  tableLabel: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
  isEmpty: boolean;
  width: number;
  height: number;
  children: React.ReactNode;
};

/**
 * The frame every chart shares: its caption, the SVG described for screen readers, and
 * its table equivalent for anyone who prefers numbers; a sentence when there is nothing to draw.
 */
export function ChartFigure({ id, title, description, rows, labelHeader, valueHeader, tableLabel, ...chart }: Props) {
  if (chart.isEmpty) {
    return (
      <figure className="flex flex-col gap-2">
        <figcaption className="font-medium">{title}</figcaption>
        <p className="text-sm text-muted">{chart.empty}</p>
      </figure>
    );
  }
  return (
    <figure className="flex flex-col gap-2">
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        className="w-full max-w-md"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid={`chart-${id}`}
      >
        <desc id={`${id}-desc`}>{description}</desc>
        {chart.children}
      </svg>
      <FiguresTable label={tableLabel} headers={[labelHeader, valueHeader]} rows={rows} />
    </figure>
  );
}

/** What a chart's caller gives besides its data. */
export type ChartText = Pick<
  Props,
  "id" | "title" | "description" | "labelHeader" | "valueHeader" | "tableLabel" | "empty"
>;
