import type { PublicCorrection } from '@/lib/data/public/claims';
import { PublishedDate } from './published-date';

export function CorrectionList({ corrections }: { corrections: PublicCorrection[] }) {
  return (
    <ol className="space-y-3">
      {corrections.map((correction, index) => (
        <li key={index} className="border-l-4 border-amber-700 pl-3">
          <p className="text-sm font-semibold">
            <PublishedDate date={correction.date} />
          </p>
          <ul className="list-disc pl-5 text-slate-800">
            {correction.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          {correction.note ? (
            <p className="mt-1 text-slate-800">
              <span className="font-medium">Why: </span>
              {correction.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
