import { relationId } from '@/lib/relationId'

type Node = {
  type?: string
  fields?: { blockType?: string; contacts?: unknown[] }
  children?: Node[]
}

export const isPressContactsBlock = (node: Node): boolean =>
  node.type === 'block' && node.fields?.blockType === 'pressContacts'

/** The contacts named in a rich text's press-contact blocks, in order. */
export const blockContactIds = (state: unknown): (string | number)[] => {
  const ids: (string | number)[] = []
  const visit = (node: Node | undefined) => {
    if (!node) return
    if (isPressContactsBlock(node))
      for (const contact of node.fields?.contacts ?? []) {
        const id = relationId(contact)
        if (id !== undefined) ids.push(id)
      }
    node.children?.forEach(visit)
  }
  visit((state as { root?: Node } | null)?.root)
  return ids
}
