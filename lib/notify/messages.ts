// What each notification says, in the list and in the email: pure, so tests and the digest share it.
import type { ClaimState, NotificationKind } from '@/lib/generated/prisma/enums';
import { formatDateTime } from '@/lib/format';

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  ASSIGNED: 'Assigned to you',
  MENTIONED: 'Mentioned',
  SUBMITTED_FOR_REVIEW: 'Submitted for review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Verdict approved',
  PUBLISHED: 'Verdict published',
  CORRECTION_OPENED: 'Reopened for correction',
  CORRECTION_PUBLISHED: 'Correction published',
  DUE_SOON: 'Due within a day',
  OVERDUE: 'Overdue',
};

export interface MessageContext {
  actorName: string | null;
  claimText: string;
  /** The reviewer's or note author's words, when the event carries some. */
  note?: string | null;
  dueAt?: Date | null;
}

const excerpt = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/** One line for the notification list and the email subject's body. */
export function notificationMessage(kind: NotificationKind, context: MessageContext): string {
  const who = context.actorName ?? 'Someone';
  const claim = `“${excerpt(context.claimText, 80)}”`;
  const note = context.note?.trim() ? `: ${excerpt(context.note, 200)}` : '';
  switch (kind) {
    case 'ASSIGNED':
      return `${who} assigned you the claim ${claim}`;
    case 'MENTIONED':
      return `${who} mentioned you on ${claim}${note}`;
    case 'SUBMITTED_FOR_REVIEW':
      return `${who} submitted a verdict for review on ${claim}`;
    case 'CHANGES_REQUESTED':
      return `${who} requested changes to your verdict on ${claim}${note}`;
    case 'APPROVED':
      return `${who} approved your verdict on ${claim}`;
    case 'PUBLISHED':
      return `${who} published your verdict on ${claim}`;
    case 'CORRECTION_OPENED':
      return `${who} reopened your published verdict on ${claim} for a correction${note}`;
    case 'CORRECTION_PUBLISHED':
      return `${who} published a correction of your verdict on ${claim}`;
    case 'DUE_SOON':
      return `The claim ${claim} is due ${formatDateTime(context.dueAt)}`;
    case 'OVERDUE':
      return `The claim ${claim} was due ${formatDateTime(context.dueAt)} and is not finished`;
  }
}

/**
 * The notification a workflow move sends, if any; approval arrives as IN_REVIEW → APPROVED
 * (lib/workflow/service.ts reviewClaim), the other moves as lib/workflow/states.ts lists them.
 */
export function moveNotificationKind(
  from: ClaimState,
  to: ClaimState,
  republished: boolean,
): NotificationKind | null {
  if (to === 'IN_REVIEW') return 'SUBMITTED_FOR_REVIEW';
  if (from === 'IN_REVIEW' && to === 'VERIFYING') return 'CHANGES_REQUESTED';
  if (from === 'IN_REVIEW' && to === 'APPROVED') return 'APPROVED';
  if (to === 'PUBLISHED') return republished ? 'CORRECTION_PUBLISHED' : 'PUBLISHED';
  if (from === 'PUBLISHED' && to === 'VERIFYING') return 'CORRECTION_OPENED';
  return null;
}

export interface EmailContent {
  subject: string;
  text: string;
}

const footer = (baseUrl: string) =>
  `\n\n--\nChoose in-app only, email or a daily digest on your account page: ${baseUrl}/newsroom/settings/account`;

export function notificationEmail(
  message: string,
  claimId: string | null,
  baseUrl: string,
): EmailContent {
  const link = claimId ? `\n\nOpen the claim: ${baseUrl}/newsroom/claims/${claimId}` : '';
  return {
    subject: `[Factdesk] ${excerpt(message, 120)}`,
    text: `${message}${link}\n\nAll your notifications: ${baseUrl}/newsroom/notifications${footer(baseUrl)}`,
  };
}

export function digestEmail(
  items: { message: string; claimId: string | null; createdAt: Date }[],
  baseUrl: string,
): EmailContent {
  const lines = items.map(
    (item) =>
      `- ${formatDateTime(item.createdAt)}: ${item.message}` +
      (item.claimId ? `\n  ${baseUrl}/newsroom/claims/${item.claimId}` : ''),
  );
  return {
    subject: `[Factdesk] Your daily digest: ${items.length} notification${items.length === 1 ? '' : 's'}`,
    text: `${lines.join('\n')}\n\nAll your notifications: ${baseUrl}/newsroom/notifications${footer(baseUrl)}`,
  };
}
