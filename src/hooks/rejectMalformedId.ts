import type { CollectionBeforeOperationHook } from 'payload'
import { NotFound } from 'payload'

// With numeric ids (SQLite), /api/contacts/abc would reach the database and fail with a 500.
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (
    id !== undefined &&
    id !== null &&
    req.payload.db.defaultIDType === 'number' &&
    !/^\d+$/.test(String(id))
  ) {
    throw new NotFound(req.t)
  }
  return args
}
