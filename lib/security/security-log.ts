// The security log: one JSON line per security event on stdout (pino), for a log shipper or SIEM.
import pino, { type DestinationStream, type Logger } from 'pino';

export type SecurityEvent =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.throttled'
  | 'auth.sign_out'
  | 'auth.password_changed'
  | 'auth.password_reset'
  | 'access.refused'
  | 'user.created'
  | 'user.role_changed'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.sessions_ended'
  | 'token.created'
  | 'token.revoked';

const WARNINGS = new Set<SecurityEvent>([
  'auth.sign_in_failed',
  'auth.throttled',
  'access.refused',
]);

// Whatever a caller passes by mistake, these never reach the log.
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'token',
  'tokenHash',
  'secret',
  'authorization',
  'cookie',
  'csrfToken',
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function createSecurityLogger(
  destination?: DestinationStream,
  level = process.env.SECURITY_LOG_LEVEL ?? 'info',
): Logger {
  const options = {
    name: 'factdesk-security',
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const securityLog = createSecurityLogger();

export interface SecurityFields {
  userId?: string | null;
  clientAddress?: string | null;
  requestId?: string | null;
  [detail: string]: unknown;
}

export function logSecurityEvent(
  event: SecurityEvent,
  fields: SecurityFields,
  logger: Logger = securityLog,
): void {
  logger[WARNINGS.has(event) ? 'warn' : 'info']({ event, ...fields }, event);
}
