// What the access tests read and write: a staff account, one document of each collection, a press
// contact with staff-only fields filled in, one not for the press, a draft, and a published
// release with a newer draft; the API over HTTP, and GraphQL through it.
import type { CollectionSlug, Payload } from 'payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'
import { validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'

let payload: Payload
let api: ApiServer

export const SECRET_NOTE = 'Prefers calls after 18:00; do not share'

/** Whether a response gives away the secret contact's staff-only fields. */
export const leaks = (text: string) =>
  text.includes(SECRET_NOTE) || text.includes('7946 0555') || text.includes('2079460555')

export const startAccessFixtures = async () => {
  const ids: Partial<Record<CollectionSlug, number | string>> = {}
  payload = await startPayload()
  api = await startApiServer()
  const staff = await createStaff(payload)
  const auth = staff.auth
  ids.users = staff.user.id
  for (const collection of [
    'focus-areas',
    'committees',
    'partners',
    'contacts',
    'news-releases',
  ] as const) {
    ids[collection] = (
      await payload.create({ collection, data: validData[collection]() as never })
    ).id
  }
  const secret = await payload.create({
    collection: 'contacts',
    data: {
      ...validData.contacts(),
      name: 'Zoe Secret',
      personalMobile: '+44 20 7946 0555',
      internalNotes: SECRET_NOTE,
    },
  })
  const secretContactId = secret.id
  // Not for the press: the API should show it to the anonymous exactly as REST does.
  const internalContactId = (
    await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), name: 'Ian Internal', isPressContact: false },
    })
  ).id
  await payload.update({
    collection: 'news-releases',
    id: ids['news-releases']!,
    data: { pressContacts: [secret.id] },
  })

  const draft = await payload.create({
    collection: 'news-releases',
    draft: true,
    data: { ...validData['news-releases'](), title: 'Embargoed draft', _status: 'draft' },
  })
  const draftId = draft.id
  const published = await payload.create({
    collection: 'news-releases',
    data: { ...validData['news-releases'](), title: 'Public title' },
  })
  const publishedWithDraftId = published.id
  await payload.update({
    collection: 'news-releases',
    id: published.id,
    draft: true,
    data: { title: 'Unpublished rewrite', _status: 'draft' },
  })
  return {
    payload,
    api,
    auth,
    ids,
    secretContactId,
    internalContactId,
    draftId,
    publishedWithDraftId,
  }
}

export const stopAccessFixtures = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return {
    status: res.status,
    body: (await res.json()) as { data?: Record<string, any>; errors?: { message: string }[] },
  }
}
