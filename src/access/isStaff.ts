import type { Access } from 'payload'

// Users is the only auth collection, so any signed-in user is staff.
export const isStaff: Access = ({ req: { user } }) => Boolean(user)
