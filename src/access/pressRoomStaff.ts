import type { Access } from 'payload'
import { hasRole } from './roles'

/** Embargo preview links are handed to journalists: only admins, editors and press officers manage them. */
export const pressRoomStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin') || hasRole(user, 'editor') || hasRole(user, 'pressOfficer')
