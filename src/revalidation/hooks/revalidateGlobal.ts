import type { GlobalAfterChangeHook, GlobalSlug } from 'payload'
import { globalTag } from '@/revalidation/tags'
import { revalidateTags } from '@/revalidation/revalidateTags'

export const revalidateGlobal: GlobalAfterChangeHook = ({ global, doc, context }) => {
  if (!context.disableRevalidate) revalidateTags([globalTag(global.slug as GlobalSlug)])
  return doc
}
