/** A table with column headers that scrolls sideways on a phone instead of squeezing. */
export function DataTable({
  headers,
  testId,
  caption,
  dense = false,
  scrollLabel,
  children,
}: {
  headers: string[];
  testId?: string;
  /** What the table lists, for screen readers (not shown). */
  caption?: string;
  /** Smaller text, for tables with many or long columns. */
  dense?: boolean;
  /**
   * For a table without buttons or links: its name as a region the keyboard can reach, so
   * it can be scrolled sideways without a mouse.
   */
  scrollLabel?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className="overflow-x-auto"
      {...(scrollLabel ? { role: "region", "aria-label": scrollLabel, tabIndex: 0 } : {})}
    >
      <table className={`w-full text-left${dense ? " text-sm" : ""}`} data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr className="border-b border-brand-100">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-2 pr-3 align-top">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The cell style of DataTable rows. */
export const cell = "py-2 pr-3 align-top";
