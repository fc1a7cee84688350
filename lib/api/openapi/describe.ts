import type { GlobalMeta, z } from 'zod';

type Shape<S> = S extends z.ZodObject<infer T> ? T : never;

/**
 * The same object schema with documentation on some of its fields (a copy: the schema the code
 * parses with is not changed). Keeps the object's refinements.
 */
export function documentFields<S extends z.ZodObject>(
  schema: S,
  docs: { [K in keyof Shape<S>]?: GlobalMeta },
): S {
  const documented = Object.fromEntries(
    Object.entries(docs).map(([key, meta]) => [key, schema.shape[key].meta(meta as GlobalMeta)]),
  );
  return schema.safeExtend(documented) as S;
}
