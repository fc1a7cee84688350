// Creates or upgrades pg-boss's schema and our queues. Both are DDL (each queue is a table
// partition), so this runs as the database owner with the migrations; the app role only uses rows.
import PgBoss from 'pg-boss';
import { DEAD_LETTER_OPTIONS, DEAD_LETTER_QUEUE, JOB_NAMES, JOB_SCHEMA, QUEUES } from './queues';

// pg-boss's cron scheduler keeps its own queue; created here since the app role cannot create one.
const SCHEDULER_QUEUE = '__pgboss__send-it';

export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, ...DEAD_LETTER_OPTIONS });
    await boss.createQueue(SCHEDULER_QUEUE);
    for (const name of JOB_NAMES) {
      const { label: _label, ...options } = QUEUES[name];
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
