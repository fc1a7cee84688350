import { z } from 'zod';
import { weakSecretProblem } from '@/lib/security/secret-strength';

const envSchema = z
  .object({
    DATABASE_URL: z.string().min(1, 'DATABASE_URL is required'),
    NEXTAUTH_SECRET: z.string().min(16, 'NEXTAUTH_SECRET must be set (at least 16 characters)'),
    NEXTAUTH_URL: z.string().url().optional(),
    // The public site's address when the admin setting is blank (else NEXTAUTH_URL, else localhost:PORT).
    PUBLIC_URL: z
      .string()
      .url()
      .refine((value) => /^https?:\/\//i.test(value), 'PUBLIC_URL must be an http(s) address')
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    FACTDESK_EMBEDDED: z.enum(['1', '0']).optional(),
    NODE_ENV: z.string().optional(),
    // Test-only: let URL import reach loopback/private addresses (never set in production).
    FACTDESK_ALLOW_PRIVATE_FETCH: z.enum(['1', '0']).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(8),
    // Query shapes each connection keeps prepared (0 = none, e.g. behind a transaction-mode pgbouncer
    // older than 1.21). None on the embedded database (lib/statement-names.ts).
    DATABASE_PREPARED_STATEMENTS: z.coerce.number().int().min(0).max(10_000).default(500),
    // Email notifications are sent only when this is set: smtp(s)://user:pass@host:port.
    SMTP_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^smtps?:\/\/\S+$/, 'SMTP_URL must look like smtp://user:pass@host:587 or smtps://…')
        .optional(),
    ),
    MAIL_FROM: z.string().min(3).default('Factdesk <factdesk@localhost>'),
    // Test-only: shorter pg-boss expiry, retry delay (both per job, set when sent) and maintenance
    // interval (how often a worker fails expired jobs), so a crashed worker's job is retried in seconds.
    JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).optional(),
    JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).optional(),
    JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).optional(),
  })
  .superRefine((env, context) => {
    // A production deployment on its own database signs real sessions: refuse a weak secret.
    const deployment = env.NODE_ENV === 'production' && env.FACTDESK_EMBEDDED !== '1';
    const problem = deployment && env.NEXTAUTH_SECRET && weakSecretProblem(env.NEXTAUTH_SECRET);
    if (problem) context.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: problem });
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the environment once; throws one readable message naming every missing setting. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Factdesk cannot start: ${problems.join('; ')}`);
  }
  return parsed.data;
}
