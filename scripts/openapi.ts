// `npm run openapi` writes docs/openapi.yaml from the code; `npm run openapi:check` fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OPENAPI_FILE, renderOpenApiYaml } from '@/lib/api/openapi/yaml';

const file = path.join(import.meta.dirname, '..', OPENAPI_FILE);
const generated = renderOpenApiYaml();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // A missing file is out of date like any other.
  }
  if (committed !== generated) {
    const committedLines = committed.split('\n');
    const line = generated.split('\n').findIndex((text, i) => text !== committedLines[i]);
    console.error(
      `${OPENAPI_FILE} is out of date with the code (first difference at line ${line + 1}).\n` +
        'Run `npm run openapi` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`${OPENAPI_FILE} matches the code.`);
} else {
  writeFileSync(file, generated);
  console.log(`Wrote ${OPENAPI_FILE}.`);
}
