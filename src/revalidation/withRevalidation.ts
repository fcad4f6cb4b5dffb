import type { CollectionConfig } from 'payload'
import { revalidateOnChange } from '@/revalidation/hooks/revalidateOnChange'
import { findDependentsBeforeDelete } from '@/revalidation/hooks/findDependentsBeforeDelete'
import { revalidateOnDelete } from '@/revalidation/hooks/revalidateOnDelete'

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
