import type { SourceKind, SourceStance } from '@/lib/generated/prisma/enums';
import { snapshotSourceSchema } from '@/lib/schemas/snapshot-source';
import { safeHttpUrl } from './safe-url';

export interface PublicSource {
  title: string;
  /** The source's address as recorded; shown as text when it is not an http(s) link. */
  url: string;
  /** Set only for http(s) URLs: the one value safe to put in an href. */
  href: string | null;
  kind: SourceKind;
  stance: SourceStance;
  note: string | null;
  /** `YYYY-MM-DD`, when recorded. */
  accessedOn: string | null;
  /** An archived copy's address, only when it is http(s). */
  archiveHref: string | null;
}

/** Reads a Publication.sources JSON snapshot defensively: malformed entries are skipped, never thrown on. */
export function parseSnapshotSources(json: unknown): PublicSource[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    const parsed = snapshotSourceSchema.safeParse(entry);
    if (!parsed.success) return [];
    const { url, title, kind, stance, note, accessedOn, archiveUrl } = parsed.data;
    return [
      {
        url,
        title: title || url,
        href: safeHttpUrl(url),
        kind,
        stance,
        note: note ?? null,
        accessedOn: accessedOn ?? null,
        archiveHref: archiveUrl ? safeHttpUrl(archiveUrl) : null,
      },
    ];
  });
}
