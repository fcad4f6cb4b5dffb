// The access matrix and what the role tests share: one staff account per role, new documents of
// each kind, and whether an attempt was allowed. Imported after the tests mock next/cache and
// next/server.
import type { Payload } from 'payload'
import { uploadFile, validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'

export type Role = 'admin' | 'editor' | 'pressOfficer' | 'translator'
export type Staff = Awaited<ReturnType<typeof createStaff>>
export type Content =
  'news-releases' | 'contacts' | 'focus-areas' | 'committees' | 'partners' | 'media'

let payload: Payload
let api: ApiServer
export const roles: Role[] = ['admin', 'editor', 'pressOfficer', 'translator']

// Who may create, change the English text of, and delete each kind of content.
export const matrix: Record<Content, Record<'create' | 'update' | 'delete', Role[]>> = {
  'news-releases': {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor', 'pressOfficer'],
  },
  contacts: {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor', 'pressOfficer'],
  },
  'focus-areas': {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  committees: {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  partners: {
    create: ['admin', 'editor'],
    update: ['admin', 'editor'],
    delete: ['admin', 'editor'],
  },
  media: {
    create: ['admin', 'editor', 'pressOfficer'],
    update: ['admin', 'editor', 'pressOfficer'],
    delete: ['admin', 'editor'],
  },
}

// A translated field of each collection, for the translator's edits.
export const translated: Record<Content, string> = {
  'news-releases': 'summary',
  contacts: 'role',
  'focus-areas': 'summary',
  committees: 'description',
  partners: 'description',
  media: 'alt',
}

// Committee codes are short and unique: count through three letters.
let committeeCount = 0
const committeeCode = () => {
  const n = committeeCount++
  return 'Q' + [Math.floor(n / 26) % 26, n % 26].map((i) => String.fromCharCode(65 + i)).join('')
}
export const dataFor = (collection: Exclude<Content, 'media'>) =>
  collection === 'committees'
    ? { ...validData.committees(), code: committeeCode() }
    : validData[collection]()

export const newDoc = async (collection: Content) =>
  collection === 'media'
    ? payload.create({ collection, data: { alt: 'A test image' }, file: await uploadFile() })
    : payload.create({ collection, data: dataFor(collection) as never })

export const allowed = async (attempt: () => Promise<unknown>) =>
  attempt().then(
    () => true,
    (error: { status?: number; name?: string }) => {
      if (error?.status === 403 || error?.name === 'Forbidden') return false
      throw error
    },
  )

export const startRoles = async () => {
  const staff = {} as Record<Role, Staff>
  payload = await startPayload()
  api = await startApiServer()
  for (const role of roles)
    staff[role] = await createStaff(payload, `${role.toLowerCase()}@example.org`, [role])
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { organisationName: 'Test organisation', shortName: 'TO' } as never,
  })
  return { payload, api, staff }
}
export const stopRoles = async () => {
  await api?.close()
  await stopPayload(payload)
}
