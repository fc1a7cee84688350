import { Badge } from '@/components/ui/badge';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { STATE_LABELS } from '@/lib/workflow/states';

const STATE_CLASSES: Record<ClaimState, string> = {
  EXTRACTED: 'bg-slate-100 text-slate-900 ring-slate-500',
  SOURCING: 'bg-sky-50 text-sky-950 ring-sky-700',
  VERIFYING: 'bg-indigo-50 text-indigo-950 ring-indigo-700',
  IN_REVIEW: 'bg-amber-50 text-amber-950 ring-amber-700',
  APPROVED: 'bg-emerald-50 text-emerald-950 ring-emerald-700',
  PUBLISHED: 'bg-green-800 text-white ring-green-900',
  DISMISSED: 'bg-white text-slate-700 ring-slate-400',
};

export function StateBadge({ state }: { state: ClaimState }) {
  return (
    <Badge className={`font-medium ring-1 ${STATE_CLASSES[state]}`}>{STATE_LABELS[state]}</Badge>
  );
}
