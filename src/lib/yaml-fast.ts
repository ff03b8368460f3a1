// Reading a YAML entry fast, for code that needs its data and not the position of every node.
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';

/**
 * The plain data of an entry, read the fast way. The full parser keeps every node's position,
 * which only a finding needs, and takes most of the validator's time on a large registry; an
 * entry is read with js-yaml (the reader Astro itself uses) under YAML 1.2's core schema, as the
 * full parser reads it. Anchors, aliases, tags, tabs, explicit keys, a "#" glued to a closing
 * quote or bracket, and anything js-yaml rejects go to the full parser, which reports problems at
 * their line (src/lib/validate/load.ts).
 */
export function quickData(text: string): { value: unknown } | undefined {
  // Anchors, aliases and tags (&a, *a, !t) and the reserved @ and ` only count where a value can
  // start: at the start of a line or after a space or a flow indicator; directives (%) only at the
  // start of a line. Anywhere else ("KH&CN", "50%") they are text, and the text is read here.
  // Explicit keys ("? key") are read differently by the two parsers (a bare "?" is null to one,
  // "" to the other): they go to the full parser too.
  if (/\t|(?:^|[\s[\]{},:])[&*!@`]|^%/m.test(text) || /^\s*\?(\s|$)/m.test(text)) return undefined;
  // A document marker glued to what follows ("---&a x", "---{a: 1}") is a marker to js-yaml and
  // text to the full parser. Found in review.
  if (/^(?:---|\.\.\.)(?![ \r\n]|$)/m.test(text)) return undefined;
  // A "#" right after a closing quote or bracket ("a"#x, [1]#) is a syntax error to the full
  // parser (a comment needs a space before it); js-yaml takes it as a comment. Found by the
  // property test; such text goes to the full parser, which reports it at its line.
  if (/["'\]}]#/.test(text)) return undefined;
  // An empty key in a flow collection ("{: x}", "[: x]", "{? : x}") is "" to the full parser and
  // "null" to js-yaml. Found by the property test and in review.
  if (/[[{,]\s*(\?\s*)?:/.test(text)) return undefined;
  try {
    const value = loadYaml(text, { schema: CORE_SCHEMA });
    // An empty document is null to the full parser, and to the schema check after it.
    return { value: value === undefined ? null : value };
  } catch {
    return undefined;
  }
}
