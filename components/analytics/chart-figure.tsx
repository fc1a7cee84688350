import type { ReactNode } from 'react';

/**
 * A server-rendered SVG chart with its data as a table (shown on request): screen readers and
 * keyboard users get the same numbers. The markup comes from lib/charts/plot-svg (DOM-serialised).
 */
export function ChartFigure({
  id,
  title,
  svg,
  table,
}: {
  id: string;
  title: string;
  svg: string | null;
  table: ReactNode;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded border border-slate-300 p-3">
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      {svg ? (
        <div className="overflow-x-auto" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <p className="text-sm text-slate-600">No data in this range.</p>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-800">Data table: {title}</summary>
        {table}
      </details>
    </figure>
  );
}

/** A plain data table for a chart: first column row headers. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}) {
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((column) => (
            <th key={column} scope="col" className="px-2 py-1 text-left font-medium">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} className="border-b border-slate-200">
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                <th key={cellIndex} scope="row" className="px-2 py-1 text-left font-normal">
                  {cell}
                </th>
              ) : (
                <td key={cellIndex} className="px-2 py-1 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
