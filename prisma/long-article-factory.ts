// Long articles of real newsroom copy for tests and benchmarks of the long-article (job queue) path.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const fixtureDir = path.join(root, 'tests/fixtures/extraction');
const FIXTURES = [
  'outbreak',
  'court-ruling',
  'central-bank',
  'wildfire',
  'election-count',
  'flood-report',
];

let stories: string[] | null = null;
function developmentStories(): string[] {
  stories ??= [
    readFileSync(path.join(root, 'prisma/demo/istanbul-talks.txt'), 'utf8'),
    ...FIXTURES.map(
      (name) =>
        (
          JSON.parse(readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as {
            text: string;
          }
        ).text,
    ),
  ];
  return stories;
}

/** About `chars` of newsroom copy: the development stories, repeated, each repeat in its own words at the start. */
export function longArticle(chars: number, label: string): string {
  const all = developmentStories();
  const parts: string[] = [];
  for (let i = 0; parts.join('\n\n').length < chars; i++)
    parts.push(`Update ${i + 1} (${label}).\n\n${all[i % all.length]}`);
  return parts.join('\n\n').slice(0, chars);
}
