// Audit events of a claim in the newsroom's words ("rating Mostly true → False"); no I/O here.
import { SOURCE_STANCE_LABELS } from '@/lib/schemas/claim';
import { DISMISS_REASON_LABELS } from '@/lib/schemas/workflow';

type Details = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const lower = (label: string | null | undefined) => label?.toLowerCase() ?? '';

/** The words for a source field the audit trail records as changed. */
const SOURCE_FIELD_WORDS: Record<string, string> = {
  url: 'address',
  title: 'title',
  kind: 'kind',
  stance: 'what it shows',
  note: 'note',
  accessedOn: 'access date',
  archiveUrl: 'archived copy',
};

const CLAIM_FIELD_WORDS: Record<string, string> = {
  start: 'wording',
  speaker: 'speaker',
  speakerRole: 'speaker’s role',
  assigneeId: 'assignee',
  dueAt: 'due date',
  priority: 'priority',
  checkworthy: 'check-worthiness',
};

/** Past-tense words for each workflow move's audit action (`claim.<move action>`). */
const MOVE_WORDS: Record<string, string> = {
  start_sourcing: 'started sourcing',
  dismiss: 'dismissed the claim',
  start_verifying: 'started verifying',
  submit_for_review: 'submitted the verdict for review',
  request_changes: 'requested changes',
  publish: 'published the verdict',
  reopen_for_correction: 'reopened the published verdict for correction',
  reopen: 'reopened the dismissed claim',
  withdraw: 'withdrew the published verdict',
  approve: 'approved the verdict',
};

function sourceWords(verb: string, details: Details) {
  const title = text(details.title) ?? text(details.url) ?? 'a source';
  const stance = text(details.stance);
  const stanceLabel =
    stance && stance in SOURCE_STANCE_LABELS
      ? ` (${lower(SOURCE_STANCE_LABELS[stance as keyof typeof SOURCE_STANCE_LABELS])})`
      : '';
  return `${verb} source ‘${title}’${stanceLabel}`;
}

function verdictWords(before: Details, after: Details, ratingName: (key: string) => string) {
  const from = text(before.rating) && ratingName(text(before.rating)!);
  const to = text(after.rating) && ratingName(text(after.rating)!);
  if (!from) return `proposed a verdict: ${to ?? 'rated'}`;
  const parts = [];
  if (from !== to) parts.push(`rating ${from} → ${to}`);
  if (before.summary !== undefined && before.summary !== after.summary)
    parts.push('summary revised');
  if (after.explanationChanged === true) parts.push('explanation revised');
  return parts.length ? parts.join('; ') : 'saved the verdict unchanged';
}

function editWords(before: Details, after: Details) {
  const fields = Object.keys(after).filter((key) => key !== 'version' && key !== 'end');
  if (fields.length === 1 && fields[0] === 'priority')
    return `priority ${lower(text(before.priority))} → ${lower(text(after.priority))}`;
  if (fields.length === 1 && fields[0] === 'speaker')
    return `speaker ${text(before.speaker) ?? 'none'} → ${text(after.speaker) ?? 'none'}`;
  const words = fields.map((field) => CLAIM_FIELD_WORDS[field] ?? field);
  return words.length ? `changed the ${words.join(', ')}` : 'edited the claim';
}

/** One audit event as a sentence fragment for the claim timeline. */
export function describeEvent(
  action: string,
  before: unknown,
  after: unknown,
  ratingName: (key: string) => string = (key) => key,
): string {
  const was = (before ?? {}) as Details;
  const now = (after ?? {}) as Details;
  const name = action.replace(/^claim\./, '');
  switch (name) {
    case 'source_add':
      return sourceWords('added', now);
    case 'source_remove':
      return sourceWords('removed', was);
    case 'source_edit': {
      const changed = Object.keys(now).filter(
        (key) => key in SOURCE_FIELD_WORDS && was[key] !== now[key],
      );
      const fields = changed.map((key) => SOURCE_FIELD_WORDS[key]).join(', ');
      return `${sourceWords('corrected', { title: now.title })}${fields ? `: ${fields}` : ''}`;
    }
    case 'verdict_propose':
      return verdictWords(was, now, ratingName);
    case 'edit':
      return editWords(was, now);
    case 'add':
      return 'added the claim by hand';
    case 'split':
      return text(now.splitFrom) ? 'split off from another claim' : 'split the claim in two';
    case 'merge':
      return 'merged other claims into this one';
    case 'approval_recorded':
      return `approved the verdict (${now.approvals} of ${now.quorum} approvals)`;
    case 'dismiss': {
      const reason = text(now.reason);
      const label =
        reason && reason in DISMISS_REASON_LABELS
          ? DISMISS_REASON_LABELS[reason as keyof typeof DISMISS_REASON_LABELS]
          : null;
      return label ? `dismissed the claim: ${lower(label)}` : 'dismissed the claim';
    }
  }
  return MOVE_WORDS[name] ?? name.replace(/_/g, ' ');
}
