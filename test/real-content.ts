// The project's own content, read the way the validator reads it, for tests that pin facts.
import { fileURLToPath } from 'node:url';
import { readContent } from '../src/lib/validate/index.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

let cached: ReturnType<typeof readContent> | undefined;
export function realContent() {
  cached ??= readContent(ROOT);
  return cached;
}
