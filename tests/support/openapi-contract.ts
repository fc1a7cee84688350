// Checks real API responses against the committed contract, docs/openapi.yaml (not a test file itself).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

interface ResponseSpec {
  $ref?: string;
  content?: Record<string, { schema: unknown }>;
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

const isJson = (type: string) => /^application\/([a-z.+-]*\+)?json$/.test(type);

/** The media type the contract lists for this response that the Content-Type names, if any. */
function listedType(spec: ResponseSpec, contentType: string): string | undefined {
  const bare = contentType.split(';')[0].trim();
  return Object.keys(spec.content ?? {}).find((type) => type === bare);
}

function validatorFor(method: string, route: string, status: number, type: string) {
  const key = `${method} ${route} ${status} ${type}`;
  if (!validators.has(key)) {
    const schema = responseSpec(method, route, status).content?.[type]?.schema;
    validators.set(
      key,
      schema && isJson(type) ? ajv.compile({ ...(asDefs(schema) as object), $defs: defs }) : null,
    );
  }
  return validators.get(key)!;
}

/**
 * Fails unless the response's status is listed for the route, its Content-Type is one the status
 * lists, and a JSON body matches that type's schema exactly (no missing required field, no field
 * the contract does not allow). Returns the body (parsed when JSON, else the text).
 */
export async function expectContract<T = unknown>(
  method: string,
  route: string,
  response: Response,
): Promise<T> {
  const spec = responseSpec(method, route, response.status);
  seen.add(`${method} ${route} ${response.status}`);
  const text = await response.text();
  if (!spec.content) {
    if (text) throw new Error(`${method} ${route} ${response.status}: expected no body.`);
    return undefined as T;
  }
  const contentType = response.headers.get('content-type') ?? '';
  const type = listedType(spec, contentType);
  if (!type)
    throw new Error(
      `${method} ${route} ${response.status}: Content-Type is "${contentType}", not one of ${Object.keys(spec.content).join(', ')}.`,
    );
  const validate = validatorFor(method, route, response.status, type);
  if (!validate) return text as T;
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
