import type { GlobalAfterChangeHook, GlobalSlug } from 'payload'
import { globalTag } from '@/lib/content/tags'
import { revalidateTags } from '@/utilities/revalidateTags'

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, doc, context }) => {
  if (!context.disableRevalidate) revalidateTags([globalTag(global.slug as GlobalSlug)])
  return doc
}
