// The request schemas the routes parse with (lib/schemas/*), documented and named for the contract.
import 'zod-openapi';
import { z } from 'zod';
import { verdictQuerySchema } from '@/lib/schemas/verdict-query';
import { articleSchema } from '@/lib/schemas/article';
import { bulkActionSchema } from '@/lib/schemas/bulk-action';
import { claimUpdateSchema, sourceSchema, verdictSchema } from '@/lib/schemas/claim';
import { claimExportQuerySchema } from '@/lib/schemas/claim-export';
import { claimListQuerySchema } from '@/lib/schemas/claim-filters';
import { reviewSchema, transitionSchema, withdrawSchema } from '@/lib/schemas/workflow';
import { documentFields } from './describe';

const trimmed = 'Trimmed.';
// `httpUrl` in lib/schemas/claim.ts refines the URL to these schemes (after trimming).
const httpUrlPattern = '^\\s*[Hh][Tt][Tt][Pp][Ss]?://';
const clearable = 'Trimmed; `""` or `null` clears it.';

export const articleCreateBody = documentFields(articleSchema, {
  title: { description: 'The headline (trimmed).' },
  body: {
    // Necessary, not sufficient: the schema counts the 20 characters after trimming.
    override: { minLength: 20 },
    description:
      'The article text: at most 100,000 characters, at least 20 once trimmed, no NUL characters. Stored with `\\r\\n` / `\\r` normalised to `\\n` and trimmed; claim offsets refer to the stored text.',
  },
  url: { description: 'The article’s own http(s) address (trimmed); `""` or `null` for none.' },
  outlet: { description: 'Trimmed; `""` becomes `null`.' },
  byline: { description: 'Trimmed; `""` becomes `null`.' },
  publishedAt: {
    description:
      'Publication date, ISO 8601 date or date-time (anything `new Date()` parses); `""` or `null` for none. May be at most one day in the future.',
    examples: ['2026-11-24', '2026-11-24T08:30:00Z'],
  },
}).meta({ id: 'ArticleCreate' });

export const claimUpdateBody = documentFields(claimUpdateSchema, {
  version: { description: 'The claim’s `version` as last read.' },
  start: {
    description:
      'New span start (offset into the article body); send with `end`. The span must lie inside the text, hold non-blank text, and `end > start`.',
  },
  end: { description: 'New span end (exclusive); send with `start`.' },
  speaker: { description: clearable },
  speakerRole: { description: clearable },
  assigneeId: {
    description:
      'A user id, or `null` to unassign. Someone other than yourself needs the editor or admin role.',
  },
  dueAt: {
    description: 'Due date, ISO 8601 date-time (or date); `null` clears it.',
    examples: ['2026-11-28T17:00:00Z'],
  },
}).meta({
  id: 'ClaimUpdate',
  // The schema's refinement, which JSON Schema cannot derive: the span is changed with both ends.
  override: { dependentRequired: { start: ['end'], end: ['start'] } },
});

export const sourceCreateBody = documentFields(sourceSchema, {
  url: {
    description: 'An absolute http(s) URL (trimmed); any other scheme is refused.',
    override: { pattern: httpUrlPattern },
  },
  title: { description: trimmed },
  note: { description: trimmed },
  accessedOn: {
    description:
      'The day the source was read, `YYYY-MM-DD` (not in the future); `""` or `null` for not recorded.',
    examples: ['2026-11-24'],
  },
  archiveUrl: {
    description: 'A copy in a web archive: an absolute http(s) URL; `""` or `null` for none.',
  },
}).meta({ id: 'SourceCreate' });

export const sourceUpdateBody = documentFields(sourceSchema, {
  version: { description: 'The claim’s `version` as last read (a source edit bumps it).' },
  url: {
    description: 'An absolute http(s) URL (trimmed); any other scheme is refused.',
    override: { pattern: httpUrlPattern },
  },
  title: { description: trimmed },
  note: { description: `${trimmed} Omitted or \`null\` clears it: the body replaces the source.` },
  accessedOn: {
    description: '`YYYY-MM-DD`, not in the future; omitted, `""` or `null` clears it.',
  },
  archiveUrl: { description: 'An absolute http(s) URL; omitted, `""` or `null` clears it.' },
}).meta({ id: 'SourceUpdate' });

export const verdictProposalBody = documentFields(verdictSchema, {
  summary: {
    description: 'One line (no newline), at most 280 characters once trimmed.',
    override: { pattern: '^[^\\n]*$' },
  },
  explanation: { description: trimmed },
}).meta({ id: 'VerdictProposal' });

export const transitionBody = documentFields(transitionSchema, {
  note: {
    description:
      'Trimmed. Required (non-blank) to request changes (`IN_REVIEW → VERIFYING`), to reopen a published claim (`PUBLISHED → VERIFYING`), and to publish a correction (`APPROVED → PUBLISHED` when a verdict is already published, where it becomes the public correction note).',
  },
  reason: { description: 'Required to dismiss (`EXTRACTED → DISMISSED`).' },
}).meta({ id: 'TransitionRequest' });

export const reviewBody = documentFields(reviewSchema, {
  note: { description: 'Trimmed. Required (non-blank) for `request_changes`.' },
}).meta({ id: 'ReviewRequest' });

export const withdrawalBody = documentFields(withdrawSchema, {
  note: {
    description: 'Why the verdict is withdrawn (trimmed, non-blank); recorded in the audit trail.',
  },
}).meta({ id: 'WithdrawalRequest' });

const [bulkAssign, bulkMove] = bulkActionSchema.options;
export const bulkBody = z
  .discriminatedUnion('action', [
    documentFields(bulkAssign, {
      claimIds: { description: 'Claim ids (1 to 200).' },
      assigneeId: {
        description: 'The user to assign, or `null` to unassign (the key is required).',
      },
    }).meta({ id: 'BulkAssign' }),
    documentFields(bulkMove, {
      claimIds: { description: 'Claim ids (1 to 200).' },
      note: { description: 'Trimmed; used for every claim (not nullable here).' },
    }).meta({ id: 'BulkMove' }),
  ])
  .meta({ id: 'BulkRequest' });

export const claimQuery = documentFields(claimListQuerySchema, {
  assignee: {
    description: 'A user id, `me` (the caller) or `none` (unassigned).',
    examples: ['me', 'none'],
  },
  article: { description: 'An article id (not its slug).' },
  speaker: { description: 'Case-insensitive substring of the claim’s speaker (trimmed).' },
  rating: { description: 'The rating of the claim’s current verdict (`rating` in the detail).' },
  due: {
    description:
      '`overdue` = due before now; `week` = due in the next 7 days; `none` = no due date.',
  },
  q: { description: 'Case-insensitive text in the claim, its summary or its speaker (trimmed).' },
  sort: {
    description:
      '`updated` (default): last updated first; `oldest`: least recently updated first; `due`: earliest due date first, undated last; `priority`: most urgent first.',
  },
  page: {
    description:
      'A page number, for the first pages only (up to 10; 1 when absent): later pages are reached by `cursor`. Ignored when `cursor` is given.',
  },
  cursor: {
    description:
      'Opaque: the `next` or `prev` of a previous response, with the same filters and `sort`. A cursor this API did not give out (or one of another sort) is a 422.',
  },
});

export const verdictQuery = documentFields(verdictQuerySchema, {
  page: {
    description:
      'A page number, for the first pages only (up to 10): older pages are reached by `cursor`. Ignored when `cursor` is given.',
  },
  cursor: {
    description:
      'Opaque: the `next` or `prev` of a previous response (with the same filters). A cursor this API did not give out is a 422.',
  },
  q: {
    description:
      "Full-text search (`websearch_to_tsquery('english', q)`, so quotes, `-` and `or` work) over speaker, speaker role, claim text and summary; matches newest first. Trimmed; empty = absent.",
  },
  speaker: {
    description: 'Case-insensitive substring of the speaker’s name. Trimmed; empty = absent.',
  },
  from: {
    description:
      'Earliest date (`YYYY-MM-DD`, inclusive, UTC) of the latest publication; must not be after `to`.',
    examples: ['2026-01-01'],
    override: { format: 'date' },
  },
  to: {
    description: 'Latest date (`YYYY-MM-DD`, inclusive, UTC) of the latest publication.',
    examples: ['2026-01-31'],
    override: { format: 'date' },
  },
});

export const claimExportQuery = documentFields(claimExportQuerySchema.omit({ page: true }), {
  format: { description: '`csv` (default) or `json`.' },
  bom: { description: '`1` starts the CSV with a UTF-8 byte-order mark, for spreadsheets.' },
});
