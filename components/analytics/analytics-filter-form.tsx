/** The dashboard's filters as a plain GET form: works without JavaScript, and the URL is shareable. */
export function AnalyticsFilterForm({
  filters,
  outlets,
  colleagues,
}: {
  filters: { from?: string; to?: string; outlet?: string; assignee?: string };
  outlets: string[];
  colleagues: { id: string; name: string }[];
}) {
  const field = 'rounded border border-slate-400 px-2 py-1 text-sm';
  return (
    <form method="get" aria-label="Dashboard filters" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-sm">
        From
        <input type="date" name="from" defaultValue={filters.from} className={field} />
      </label>
      <label className="flex flex-col text-sm">
        To
        <input type="date" name="to" defaultValue={filters.to} className={field} />
      </label>
      <label className="flex flex-col text-sm">
        Outlet
        <select name="outlet" defaultValue={filters.outlet ?? ''} className={field}>
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Assignee
        <select name="assignee" defaultValue={filters.assignee ?? ''} className={field}>
          <option value="">Anyone</option>
          {colleagues.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white"
      >
        Apply
      </button>
    </form>
  );
}
