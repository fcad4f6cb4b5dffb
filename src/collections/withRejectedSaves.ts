import type { CollectionConfig, CustomComponent, GlobalConfig } from 'payload'

// Mounted inside each edit view's form: see the component for why.
const withRejectedSave = (controls: CustomComponent[] = []): CustomComponent[] => [
  ...controls,
  '/admin/RejectedSave#RejectedSave',
]

/** A collection's edit view keeps a rejected save looking unsaved, with its field errors. */
export const withRejectedSaves = ({ admin, ...collection }: CollectionConfig): CollectionConfig => {
  const edit = {
    ...admin?.components?.edit,
    beforeDocumentControls: withRejectedSave(admin?.components?.edit?.beforeDocumentControls),
  }
  return { ...collection, admin: { ...admin, components: { ...admin?.components, edit } } }
}

/** The same for a global's edit view. */
export const globalWithRejectedSaves = ({ admin, ...global }: GlobalConfig): GlobalConfig => {
  const elements = {
    ...admin?.components?.elements,
    beforeDocumentControls: withRejectedSave(admin?.components?.elements?.beforeDocumentControls),
  }
  return { ...global, admin: { ...admin, components: { ...admin?.components, elements } } }
}
