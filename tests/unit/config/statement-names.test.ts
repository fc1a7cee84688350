import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_APPLICATION_NAME,
  preparedStatementLimit,
  statementNameGenerator,
} from '@/lib/statement-names';

describe('statementNameGenerator', () => {
  it('gives one SQL text one name, and each new text the next name', () => {
    const name = statementNameGenerator(10);
    expect(name({ sql: 'SELECT 1' })).toBe('factdesk_1');
    expect(name({ sql: 'SELECT 2' })).toBe('factdesk_2');
    expect(name({ sql: 'SELECT 1' })).toBe('factdesk_1');
  });

  it('leaves texts past the limit unnamed, and keeps naming the ones it knows', () => {
    const name = statementNameGenerator(2);
    name({ sql: 'SELECT 1' });
    name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 3' })).toBeUndefined();
    expect(name({ sql: 'SELECT 2' })).toBe('factdesk_2');
  });
});

describe('preparedStatementLimit', () => {
  it('keeps the wanted limit on a PostgreSQL server', () => {
    expect(preparedStatementLimit('postgresql://app@db.example:5432/factdesk', 500)).toBe(500);
    expect(preparedStatementLimit('postgresql://app@db/factdesk?application_name=web', 500)).toBe(
      500,
    );
  });

  it('is 0 on the embedded database, whose one session all connections share', () => {
    const url = `postgresql://postgres@127.0.0.1:5999/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
    expect(preparedStatementLimit(url, 500)).toBe(0);
  });
});
