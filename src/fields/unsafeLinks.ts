type Node = { type?: string; fields?: { url?: unknown; linkType?: unknown }; children?: Node[] }

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * A link address that could run code or open something other than a page, an e-mail or a call
 * (javascript:, data:, vbscript:…). Browsers ignore whitespace and control characters inside the
 * scheme ("java\tscript:"), so they are ignored here too. Addresses without a scheme are relative.
 */
export const isUnsafeUrl = (url: string): boolean => {
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(
    url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase(),
  )?.[1]
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme)
}

/** The unsafe addresses of a Lexical state's links, in document order. */
export const unsafeLinks = (state: unknown): string[] => {
  const found: string[] = []
  const visit = (node: Node | undefined) => {
    if (!node) return
    const url = node.fields?.url
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      node.fields?.linkType !== 'internal' &&
      typeof url === 'string' &&
      isUnsafeUrl(url)
    ) {
      found.push(url)
    }
    node.children?.forEach(visit)
  }
  visit((state as { root?: Node } | null)?.root)
  return found
}
