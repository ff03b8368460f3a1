// JSON Schema from the Zod schemas, for the open-data files and the schema reference page. One
// function makes both, so the published schema and the documented fields come from the same code.
import { z } from 'astro/zod';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  minItems?: number;
  additionalProperties?: boolean | JsonSchema;
  [key: string]: unknown;
};

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * Zod's JSON Schema for a schema. `io: 'input'` describes what an editor writes (fields with a
 * default are optional); `'output'` describes what the site exports (defaults filled in).
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates are a union (a YAML date or a string) piped through a check that the day exists;
      // JSON Schema cannot express the check, and in the exported data they are always strings.
      const def = (
        ctx.zodSchema as unknown as { _zod: { def: { type: string; out?: { _zod: { def: { type: string } } } } } }
      )._zod.def;
      if (def.type === 'pipe' && def.out?._zod.def.type === 'transform') {
        const target = ctx.jsonSchema as Record<string, unknown>;
        for (const key of Object.keys(target)) delete target[key];
        Object.assign(target, { type: 'string', format: 'date', pattern: DATE_PATTERN });
      }
    },
  }) as JsonSchema;
}

/** Is this the schema of a text held in both languages ({ vi, en })? */
export function isBilingual(schema: JsonSchema): boolean {
  const keys = Object.keys(schema.properties ?? {});
  return schema.type === 'object' && keys.length === 2 && keys.includes('vi') && keys.includes('en');
}
