import { Badge } from '@/components/ui/badge';

export function UserStatusBadge({ disabled }: { disabled: boolean }) {
  return disabled ? (
    <Badge className="bg-white font-medium text-slate-700 ring-1 ring-slate-400">Disabled</Badge>
  ) : (
    <Badge className="bg-emerald-50 font-medium text-emerald-950 ring-1 ring-emerald-700">
      Active
    </Badge>
  );
}
