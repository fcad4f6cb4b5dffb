import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { roleOptions } from '@/access/roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { label, labels } from '@/i18n/label'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: labels('Collections.users'),
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // The session cookie travels over HTTPS only in production (browsers treat localhost as secure).
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: label('Groups.administration'),
  },
  // The full role matrix is issue 5; here staff manage content and admins manage people.
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: label('Fields.personName') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: roleOptions,
      label: label('Fields.roles'),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
