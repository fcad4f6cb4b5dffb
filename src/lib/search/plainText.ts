// The words of a Lexical rich-text value, for the search index: text nodes, one block per line.

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell'])

export const lexicalPlainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') out.push(node.text)
    node.children?.forEach(walk)
    if (node.type && blockTypes.has(node.type)) out.push('\n')
  }
  walk(root)
  return out.join('').replace(/\n+/g, '\n').trim()
}
