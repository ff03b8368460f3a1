// npm run validate: checks all of content/ and prints every problem, in Vietnamese (--lang en for
// English); exit 1 on any error. The options are src/lib/validate/cli.ts's: --format
// text|json|github, --as-of YYYY-MM-DD, --root <dir>, --lang vi|en.
// It runs from the sources, as every other caller does (ADR 0009). The npm script caps V8's young
// generation at 8 MB a half: most of what reading ten thousand entries allocates stays alive to the
// end, and each collection of a larger young generation copies more of it.
import { resolve } from 'node:path';
import { main } from '../src/lib/validate/cli.ts';

process.exitCode = await main(process.argv.slice(2), { root: resolve(import.meta.dirname, '..') });
