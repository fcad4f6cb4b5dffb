import type { CollectionConfig } from 'payload'
import { revalidateOnChange } from '@/hooks/revalidateOnChange'
import { findDependentsBeforeDelete } from '@/hooks/findDependentsBeforeDelete'
import { revalidateOnDelete } from '@/hooks/revalidateOnDelete'

/** Every public collection refreshes the cached pages that show it when it changes. */
export const withRevalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), revalidateOnChange],
    beforeDelete: [...(collection.hooks?.beforeDelete ?? []), findDependentsBeforeDelete],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateOnDelete],
  },
})
