import type { FieldAccess } from 'payload'

// Field-level twin of isStaff: Payload also applies it to where-queries on the field.
export const isStaffField: FieldAccess = ({ req: { user } }) => Boolean(user)
