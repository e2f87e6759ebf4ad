/** The numbers behind a chart, folded away by default; the first column names the row. */
export function FiguresTable({
  label,
  headers,
  rows,
}: {
  label: string;
  headers: string[];
  rows: (string | number)[][];
}) {
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
