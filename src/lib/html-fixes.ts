// Small corrections to the built HTML: what Starlight's markup needs to be valid HTML, and what
// the search index needs to read it right.

/**
 * Starlight marks two inline sidebar scripts aria-hidden, which HTML does not allow on <script>
 * (and which does nothing: scripts are never rendered).
 */
export function dropScriptAriaHidden(html: string): string {
  return html.replace(/<script aria-hidden="true">/g, '<script>');
}

/**
 * Astro's compressed HTML puts table headers, captions and the terms and descriptions of a <dl>
 * side by side with no space between them, and Pagefind, which ends a sentence after a <td> or
 * a <p> but not after these, read "Số, ký hiệu59/2022/NĐ-CPLoại văn bản" as a few long words:
 * unsearchable, and shown so in excerpts. A space after each closes them off; between table
 * cells or list items a space is not rendered.
 */
export function spaceBetweenCells(html: string): string {
  return html.replace(/<\/(th|td|caption|dt|dd)>(?=<)/g, '</$1> ');
}
