import { FiguresTable } from "./figures-table";

type Props = {
  /** Unique on the page: ties the drawing to its title, description and table. */
  id: string;
  title: string;
  /** When a heading right above already says the title, it is only read out, not shown twice. */
  titleHidden?: boolean;
  description: string;
  /** The figures as [label, value] rows, shown as the chart's table equivalent. */
  rows: [string, number][];
  labelHeader: string;
  valueHeader: string;
  tableLabel: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
  isEmpty: boolean;
  children: React.ReactNode;
};

/**
 * The frame every chart shares: its caption, the drawing described for screen readers, and
 * its table equivalent for anyone who prefers numbers; a sentence when there is nothing to draw.
 */
export function ChartFigure({
  id,
  title,
  titleHidden,
  description,
  rows,
  labelHeader,
  valueHeader,
  tableLabel,
  ...chart
}: Props) {
  const caption = (
    <figcaption id={`${id}-title`} className={titleHidden ? "sr-only" : "font-semibold"}>
      {title}
    </figcaption>
  );
  if (chart.isEmpty) {
    return (
      <figure className="flex flex-col gap-2">
        {caption}
        <p className="text-muted">{chart.empty}</p>
      </figure>
    );
  }
  return (
    <figure className="flex flex-col gap-3">
      {caption}
      <p id={`${id}-desc`} hidden>
        {description}
      </p>
      <div role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid={`chart-${id}`} className="w-full">
        {chart.children}
      </div>
      <FiguresTable label={tableLabel} headers={[labelHeader, valueHeader]} rows={rows} />
    </figure>
  );
}

/** What a chart's caller gives besides its data. */
export type ChartText = Pick<
  Props,
  "id" | "title" | "titleHidden" | "description" | "labelHeader" | "valueHeader" | "tableLabel" | "empty"
>;
