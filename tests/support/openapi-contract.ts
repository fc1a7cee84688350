// Checks real API responses against the committed contract, docs/openapi.yaml (not a test file itself).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

interface ResponseSpec {
  $ref?: string;
  content?: { 'application/json'?: { schema: unknown } };
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseSpec>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, ResponseSpec> };
}

export const CONTRACT_FILE = path.join(import.meta.dirname, '../../docs/openapi.yaml');
const document = parse(readFileSync(CONTRACT_FILE, 'utf8')) as OpenApiDocument;

// The document's schemas are JSON Schema 2020-12 (OpenAPI 3.1); refs point at components, here $defs.
const asDefs = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as unknown;
const defs = asDefs(document.components.schemas);
const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true });
addFormats(ajv);

const validators = new Map<string, ValidateFunction | null>();
const seen = new Set<string>();

function responseSpec(method: string, route: string, status: number): ResponseSpec {
  const operation = document.paths[route]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The contract has no ${method} ${route}.`);
  const spec = operation.responses[String(status)];
  if (!spec)
    throw new Error(
      `${method} ${route} answered ${status}, which the contract does not list (it lists ${Object.keys(operation.responses).join(', ')}).`,
    );
  return spec.$ref ? document.components.responses[spec.$ref.split('/').pop()!] : spec;
}

function validatorFor(method: string, route: string, status: number) {
  const key = `${method} ${route} ${status}`;
  if (!validators.has(key)) {
    const schema = responseSpec(method, route, status).content?.['application/json']?.schema;
    validators.set(
      key,
      schema ? ajv.compile({ ...(asDefs(schema) as object), $defs: defs }) : null,
    );
  }
  return validators.get(key)!;
}

/**
 * Fails unless the response's status is listed for the route and its body matches that status's
 * schema exactly (no missing required field, no field the contract does not allow). Returns the body.
 */
export async function expectContract<T = unknown>(
  method: string,
  route: string,
  response: Response,
): Promise<T> {
  const validate = validatorFor(method, route, response.status);
  seen.add(`${method} ${route} ${response.status}`);
  const text = await response.text();
  if (!validate) {
    if (text) throw new Error(`${method} ${route} ${response.status}: expected no body.`);
    return undefined as T;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json'))
    throw new Error(`${method} ${route} ${response.status}: Content-Type is "${type}".`);
  const body = JSON.parse(text) as T;
  if (!validate(body)) {
    const problems = (validate.errors ?? []).map((error) => {
      const where = `body${error.instancePath}`;
      const extra = (error.params as { additionalProperty?: string }).additionalProperty;
      return extra
        ? `${where} has "${extra}", which the contract does not allow`
        : `${where} ${error.message}`;
    });
    throw new Error(
      `${method} ${route} ${response.status} does not match the contract:\n${problems.join('\n')}\nbody: ${text.slice(0, 2000)}`,
    );
  }
  return body;
}

/** Every operation's success responses (2xx) that no expectContract call has seen yet. */
export function untestedSuccesses(): string[] {
  return Object.entries(document.paths).flatMap(([route, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      Object.keys(operation.responses)
        .filter((status) => status.startsWith('2'))
        .map((status) => `${method.toUpperCase()} ${route} ${status}`)
        .filter((key) => !seen.has(key)),
    ),
  );
}

/** The statuses seen for any route, e.g. to show each error status was exercised. */
export function seenStatuses(): Set<number> {
  return new Set([...seen].map((key) => Number(key.split(' ').pop())));
}
