import type { Validate } from 'payload'
import { tr } from '@/i18n/label'
import type { Read } from '@/fields/searchText'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { focusAreas } from '@/documents/kinds'
import { withPublicPage } from '@/collections/withPublicPage'
import { validateUrl } from '@/fields/url'
import { localizedMessage } from '@/i18n/validationMessage'

// A related material is a link, an uploaded file, or both.
const validateMaterialLink: Validate<string> = (value, options) => {
  const { siblingData, req } = options
  if (!value && !(siblingData as { file?: unknown }).file) {
    return localizedMessage(req, {
      en: 'Give a link or upload a file.',
      ja: 'リンクを入力するか、ファイルをアップロードしてください。',
      es: 'Indique un enlace o suba un archivo.',
    })
  }
  return validateUrl(value, options)
}

const rows = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])

// The words of a focus area in one language: searched, and compared for the translation status.
const focusAreaTexts = (read: Read) => [
  read('title'),
  read('summary'),
  read('body'),
  rows(read('stance')).map((row) => [row.heading, row.text]),
  rows(read('activities')).map((row) => row.text),
  rows(read('relatedMaterials')).map((row) => row.title),
]

export const FocusAreas = withPublicPage(focusAreas, {
  labels: { singular: tr('Focus area', '重点分野', 'Área temática'), plural: tr('Focus areas', '重点分野', 'Áreas temáticas') },
  editors: ['admin', 'editor'],
  admin: {
    defaultColumns: ['title', 'displayOrder', 'updatedAt', '_status', 'translationStatus'],
    group: tr('Content', 'コンテンツ', 'Contenido'),
  },
  slugFrom: { fields: ['title'], fallback: 'focus-area' },
  fields: ({ slug, viewOnSite }) => [
    { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Title', 'タイトル', 'Título') },
    slug,
    { name: 'summary', type: 'textarea', localized: true, label: tr('Summary', '概要', 'Resumen') },
    { name: 'body', type: 'richText', localized: true, label: tr('Body', '本文', 'Texto') },
    {
      name: 'stance',
      type: 'array',
      label: tr('Our stance', '私たちの立場', 'Nuestra postura'),
      labels: { singular: tr('Stance point', '立場', 'Punto'), plural: tr('Stance points', '立場', 'Puntos') },
      fields: [
        { name: 'heading', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Heading', '見出し', 'Encabezado') },
        { name: 'text', type: 'textarea', localized: true, label: tr('Text', '本文', 'Texto') },
      ],
    },
    {
      name: 'activities',
      type: 'array',
      label: tr('What each committee does', '各委員会の活動', 'Lo que hace cada comité'),
      labels: { singular: tr('Activity', '活動', 'Actividad'), plural: tr('Activities', '活動', 'Actividades') },
      fields: [
        { name: 'committee', type: 'relationship', relationTo: 'committees', required: true, label: tr('Committee', '委員会', 'Comité') },
        { name: 'text', type: 'textarea', localized: true, label: tr('Text', '本文', 'Texto') },
      ],
    },
    {
      name: 'pressContacts',
      type: 'relationship',
      relationTo: 'contacts',
      hasMany: true,
      filterOptions: { isPressContact: { equals: true } },
      label: tr('Press contacts for this topic', 'このテーマの報道窓口', 'Contactos de prensa para este tema'),
      admin: {
        description: tr(
          'In the order shown. Left empty, the page lists the press contacts whose topics include this focus area.',
          '表示順です。空欄の場合は、担当テーマにこの重点分野を含む報道窓口の担当者が表示されます。',
          'En el orden en que se muestran. Si se deja vacío, la página muestra los contactos de prensa que tienen este tema entre los suyos.',
        ),
      },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'partners',
      hasMany: true,
      label: tr('Partners', 'パートナー団体', 'Organizaciones aliadas'),
    },
    {
      name: 'relatedMaterials',
      type: 'array',
      label: tr('Related materials', '関連資料', 'Materiales relacionados'),
      labels: { singular: tr('Material', '資料', 'Material'), plural: tr('Materials', '資料', 'Materiales') },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInEnglish, label: tr('Title', 'タイトル', 'Título') },
        {
          name: 'link',
          type: 'text',
          label: tr('Link', 'リンク', 'Enlace'),
          validate: validateMaterialLink,
        },
        { name: 'file', type: 'upload', relationTo: 'media', label: tr('File', 'ファイル', 'Archivo') },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: tr('Hero image', 'メイン画像', 'Imagen principal') },
    {
      name: 'displayOrder',
      type: 'number',
      defaultValue: 100,
      label: tr('Display order', '表示順', 'Orden'),
      admin: { position: 'sidebar', description: tr('Lower comes first.', '小さい数字が先に表示されます。', 'Los números menores aparecen primero.') },
    },
    viewOnSite,
  ],
  inlinePressContactsIn: 'body',
  searchText: focusAreaTexts,
})
