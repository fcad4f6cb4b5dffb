import type { Payload } from 'payload'
import { blockContactIds, isPressContactsBlock } from '@/documents/blockContactIds'
import { relationId } from '@/lib/relationId'
import type { Locale } from '@/i18n/locales'
import { publicDocs } from './read'
import { toPressContact } from './shared'

type LexicalNode = {
  type?: string
  fields?: { blockType?: string; contacts?: unknown[] }
  children?: LexicalNode[]
}

/**
 * Inline blocks of rich text as the reader may see them. A press-contact block's contacts are read
 * again, in every language and without access rights (inside rich text Payload fills them in one
 * language only), so the block shows only contacts still flagged for the press, with only their
 * public fields, in the reader's language, in the editor's order.
 */
export const withPublicBlocks = async <T>(
  payload: Payload,
  state: T,
  locale: Locale,
): Promise<T> => {
  const root = (state as { root?: LexicalNode } | null)?.root
  const contactIds = blockContactIds(state)
  if (!root || contactIds.length === 0) return state
  const contacts = await publicDocs(payload, 'contacts', contactIds, {
    isPressContact: { equals: true },
  })
  const byId = new Map(contacts.map((doc) => [String(doc.id), toPressContact(doc, locale)]))
  const visit = (node: LexicalNode): LexicalNode => {
    if (isPressContactsBlock(node)) {
      const contacts = (node.fields?.contacts ?? [])
        .map((contact) => byId.get(String(relationId(contact))))
        .filter(Boolean)
      return { ...node, fields: { ...node.fields, contacts } }
    }
    return node.children ? { ...node, children: node.children.map(visit) } : node
  }
  return { ...state, root: visit(root) } as T
}
