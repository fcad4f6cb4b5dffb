// The embargo tests' fixtures: staff (an admin, a press officer, a translator), a contact with
// staff-only fields, embargoed releases naming it, the release's pending jobs, and GraphQL.
// Imported after the tests mock next/cache and next/server.
import type { Payload } from 'payload'
import { validData } from '../../helpers/fixtures'
import { createStaff, startPayload, stopPayload } from '../../helpers/payload'
import { startApiServer, type ApiServer } from '../../helpers/httpServer'

let payload: Payload
let api: ApiServer
let contact: { id: number; slug?: string | null }

export const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString()
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const startEmbargoFixtures = async () => {
  payload = await startPayload()
  api = await startApiServer()
  const staffAuth = (await createStaff(payload)).auth
  const pressOfficer = await createStaff(payload, 'press@example.org', ['pressOfficer'])
  const translator = await createStaff(payload, 'translator@example.org', ['translator'])
  contact = (await payload.create({
    collection: 'contacts',
    data: {
      ...validData.contacts(),
      personalMobile: '+44 20 7946 0999',
      internalNotes: 'Never publish this note',
    },
  })) as never
  return { payload, api, staffAuth, pressOfficer, translator, contact }
}
export const stopEmbargoFixtures = async () => {
  await api?.close()
  await stopPayload(payload)
}

export const embargoed = (
  slug: string,
  embargoUntil: string,
  extra: Record<string, unknown> = {},
) =>
  payload.create({
    collection: 'news-releases',
    data: {
      ...validData['news-releases'](),
      slug,
      title: `Quokka survey ${slug}`,
      embargoUntil,
      embargoUntil_tz: 'Asia/Tokyo',
      pressContacts: [contact.id],
      ...extra,
    } as never,
  })

export const pendingJobs = async (id: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'liftEmbargo' } },
          { 'input.release': { equals: id } },
          { completedAt: { exists: false } },
        ],
      },
      overrideAccess: true,
    })
  ).docs

export const graphql = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as { data?: Record<string, { docs: { slug: string }[] }> }
}
