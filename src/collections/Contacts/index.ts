import type { CollectionConfig } from 'payload'
import { allowRoles } from '@/access/allowRoles'
import { allowRolesOrTranslation } from '@/access/allowRolesOrTranslation'
import { isStaffField } from '@/access/isStaffField'
import { pressContactsOrStaff } from '@/access/pressContactsOrStaff'
import { translationStatusField } from '@/fields/translationStatus'
import { tr } from '@/i18n/label'
import { languagesField } from '@/fields/languageTags'
import { phoneNumberField, phonesField } from '@/fields/phones'
import { regionOptions } from '@/fields/regions'
import { slugField } from '@/fields/slug'
import { timeZoneField } from '@/fields/timeZone'

const staffOnly = { read: isStaffField, create: isStaffField, update: isStaffField }
const staffOnlyNote = tr('Never shown to the public.', '一般には公開されません。', 'Nunca se muestra al público.')

export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: { singular: tr('Contact', '連絡先', 'Contacto'), plural: tr('Contacts', '連絡先', 'Contactos') },
  access: { read: pressContactsOrStaff, create: allowRoles('admin', 'editor', 'pressOfficer'), update: allowRolesOrTranslation('admin', 'editor', 'pressOfficer'), delete: allowRoles('admin', 'editor', 'pressOfficer') },
  defaultSort: 'name',
  versions: { maxPerDoc: 50 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'office', 'isPressContact', 'translationStatus'],
    group: tr('Organisation', '組織', 'Organización'),
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: tr('Name', '氏名', 'Nombre'),
      admin: { description: tr('As the person writes it, e.g. 佐藤 由紀.', '本人の表記で（例: 佐藤 由紀）。', 'Tal como lo escribe la persona, p. ej. 佐藤 由紀.') },
    },
    {
      name: 'nameLatin',
      type: 'text',
      label: tr('Name in Latin script', 'ローマ字表記', 'Nombre en alfabeto latino'),
      admin: { description: tr('When the name is not in Latin script, e.g. Yuki Sato.', '氏名がローマ字以外の場合（例: Yuki Sato）。', 'Si el nombre no está en alfabeto latino, p. ej. Yuki Sato.') },
    },
    slugField(['nameLatin', 'name'], 'contact'),
    { name: 'role', type: 'text', localized: true, label: tr('Role', '役職', 'Cargo') },
    { name: 'office', type: 'text', localized: true, label: tr('Office', '事務所', 'Oficina') },
    { name: 'email', type: 'email', label: tr('Work e-mail', '業務用メール', 'Correo de trabajo') },
    phonesField,
    languagesField,
    { name: 'topics', type: 'relationship', relationTo: 'focus-areas', hasMany: true, label: tr('Topics', '担当分野', 'Temas') },
    { name: 'regions', type: 'select', hasMany: true, options: regionOptions, label: tr('Regions', '担当地域', 'Regiones') },
    timeZoneField,
    {
      name: 'isPressContact',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: tr('Press contact', 'プレス窓口', 'Contacto de prensa'),
      admin: { position: 'sidebar', description: tr('Shown to journalists in the press room.', 'プレスルームで報道関係者に表示されます。', 'Se muestra a periodistas en la sala de prensa.') },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: tr('Photo', '写真', 'Foto') },
    // Plain fields, not a collapsible: Payload's collapsible can fail to render its children
    // (payloadcms/payload#17473), and these must always be visible to staff.
    phoneNumberField('personalMobile', {
      label: tr('Personal mobile (staff only)', '個人携帯（スタッフ専用）', 'Móvil personal (solo personal)'),
      access: staffOnly,
      admin: { description: staffOnlyNote },
    }),
    {
      name: 'internalNotes',
      type: 'textarea',
      label: tr('Internal notes (staff only)', '内部メモ（スタッフ専用）', 'Notas internas (solo personal)'),
      access: staffOnly,
      admin: { description: staffOnlyNote },
    },
    translationStatusField((read) => [read('role'), read('office')]),
  ],
}
