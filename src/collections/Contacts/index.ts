import type { CollectionConfig } from 'payload'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { isStaffField } from '@/access/isStaffField'
import { pressContactsOrStaff } from '@/access/pressContactsOrStaff'
import { translationStatusField } from '@/fields/translationStatus'
import { label, labels } from '@/i18n/label'
import { languagesField } from './fields/languageTags'
import { phoneNumberField, phonesField } from './fields/phones'
import { regionOptions } from '@/fields/regions'
import { slugField } from '@/fields/slug'
import { timeZoneField } from '@/fields/timeZone'

const staffOnly = { read: isStaffField, create: isStaffField, update: isStaffField }
const staffOnlyNote = label('Fields.staffOnlyHelp')

export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: labels('Collections.contacts'),
  access: {
    read: pressContactsOrStaff,
    create: allowRoles('admin', 'editor', 'pressOfficer'),
    update: allowRolesOrTranslation('admin', 'editor', 'pressOfficer'),
    delete: allowRoles('admin', 'editor', 'pressOfficer'),
  },
  defaultSort: 'name',
  versions: { maxPerDoc: 50 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'office', 'isPressContact', 'translationStatus'],
    group: label('Groups.organisation'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('Fields.personName'),
      admin: { description: label('Fields.personNameHelp') },
    },
    {
      name: 'nameLatin',
      type: 'text',
      label: label('Fields.latinName'),
      admin: { description: label('Fields.latinNameHelp') },
    },
    slugField(['nameLatin', 'name'], 'contact'),
    { name: 'role', type: 'text', localized: true, label: label('Fields.role') },
    { name: 'office', type: 'text', localized: true, label: label('Fields.office') },
    { name: 'email', type: 'email', label: label('Fields.workEmail') },
    phonesField,
    languagesField,
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'focus-areas',
      hasMany: true,
      label: label('Fields.topics'),
    },
    {
      name: 'regions',
      type: 'select',
      hasMany: true,
      options: regionOptions,
      label: label('Fields.regions'),
    },
    timeZoneField,
    {
      name: 'isPressContact',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Fields.pressContact'),
      admin: { position: 'sidebar', description: label('Fields.pressContactHelp') },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Fields.photo') },
    // Plain fields, not a collapsible: Payload's collapsible can fail to render its children
    // (payloadcms/payload#17473), and these must always be visible to staff.
    phoneNumberField('personalMobile', {
      label: label('Fields.personalMobile'),
      access: staffOnly,
      admin: { description: staffOnlyNote },
    }),
    {
      name: 'internalNotes',
      type: 'textarea',
      label: label('Fields.internalNotes'),
      access: staffOnly,
      admin: { description: staffOnlyNote },
    },
    translationStatusField((read) => [read('role'), read('office')]),
  ],
}
