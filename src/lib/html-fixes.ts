// Small corrections to the built HTML that Starlight's markup needs to be valid HTML.

/**
 * Starlight marks two inline sidebar scripts aria-hidden, which HTML does not allow on <script>
 * (and which does nothing: scripts are never rendered).
 */
export function dropScriptAriaHidden(html: string): string {
  return html.replace(/<script aria-hidden="true">/g, '<script>');
}
