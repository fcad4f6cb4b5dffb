import type { CollectionBeforeChangeHook } from 'payload'

// Whoever creates the very first account (the admin's create-first-user screen) must be able to manage the rest.
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) data.roles = Array.from(new Set(['admin', ...(data.roles ?? [])]))
  return data
}
