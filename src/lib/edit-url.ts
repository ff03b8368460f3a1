// "Edit this page" points at the file an editor changes: the MDX page, or the YAML entry behind
// a generated page. The repository's web address is configuration (EDIT_BASE_URL), not code.
export function editUrl(path: string, base = process.env.EDIT_BASE_URL): string | false {
  if (!base) return false;
  return `${base.replace(/\/$/, '')}/${path}`;
}
