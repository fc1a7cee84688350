import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync('npx', ['tsx', 'scripts/extract.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('extract CLI', { timeout: 60_000 }, () => {
  it('prints {"claims": [...]} for a good file', () => {
    const { status, stdout, stderr } = run(['prisma/demo/istanbul-talks.txt']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const { claims } = JSON.parse(stdout);
    expect(claims.length).toBeGreaterThan(20);
    expect(claims[5]).toMatchObject({
      speaker: 'Heorhii Tykhii',
      cue: 'said',
      attribution: 'indirect',
    });
    expect(Object.keys(claims[0]).sort()).toEqual([
      'attribution',
      'checkworthiness',
      'checkworthy',
      'cue',
      'end',
      'kind',
      'sentence',
      'speaker',
      'speakerRole',
      'start',
      'text',
    ]);
  });

  it('reads stdin with "-"', () => {
    const { status, stdout } = run(['-'], 'Police said 14 people were arrested.');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).claims[0]).toMatchObject({
      text: '14 people were arrested',
      speaker: 'Police',
    });
  });

  it.each([
    ['a missing file', [path.join(tmp, 'missing.txt')], undefined, /no such file/],
    ['a directory', [tmp], undefined, /directory/],
    [
      'binary data',
      [writeTmp('binary.dat', Buffer.from([0x50, 0x00, 0x01, 0xff]))],
      undefined,
      /binary/,
    ],
    ['invalid UTF-8', ['-'], Buffer.from([0x41, 0xff, 0xfe, 0x42]), /UTF-8/],
    ['an empty file', [writeTmp('empty.txt', '')], undefined, /empty/],
    ['whitespace-only stdin', ['-'], ' \n\t \n', /empty/],
  ])(
    'rejects %s with one message on stderr and nothing on stdout',
    (_name, args, input, message) => {
      const { status, stdout, stderr } = run(
        args as string[],
        input as string | Buffer | undefined,
      );
      expect(status).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message as RegExp);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    },
  );
});

function writeTmp(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}
