// Embargo links: a press officer's secret link shows an embargoed release early, with its latest
// text and public contact fields only, until it expires or is revoked.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

jest.unstable_mockModule('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: (fn: () => unknown) => fn,
}))
jest.unstable_mockModule('next/server', () => ({ after: () => undefined }))

const { queryEmbargoLink } = await import('@/content/queries/embargoLink')
const { embargoed, inOneHour, sleep, startEmbargoFixtures, stopEmbargoFixtures } =
  await import('./embargo/fixtures')
type Fixtures = Awaited<ReturnType<typeof startEmbargoFixtures>>

let payload: Payload
let api: Fixtures['api']
let pressOfficer: Fixtures['pressOfficer']
let translator: Fixtures['translator']

beforeAll(async () => {
  ;({ payload, api, pressOfficer, translator } = await startEmbargoFixtures())
})
afterAll(async () => {
  await stopEmbargoFixtures()
})

describe('embargo links', () => {
  const createLink = async (releaseId: number, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'embargo-links',
      data: { release: releaseId, ...data } as never,
      user: pressOfficer.user,
      overrideAccess: false,
    })

  it('a press officer’s link shows the embargoed release, its latest text, public contact fields only', async () => {
    const release = await embargoed('quokka-preview', inOneHour())
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      draft: true,
      data: { summary: 'Latest draft wording', _status: 'draft' } as never,
    })
    const link = await createLink(release.id, { token: 'chosen-by-me' })

    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(link.token).not.toBe('chosen-by-me')
    expect(link.link_es).toMatch(new RegExp(`/es/noticias/bajo-embargo/${link.token}$`))
    expect(link.link_ja).toMatch(new RegExp(`/ja/news/embargoed/${link.token}$`))

    const view = await queryEmbargoLink(payload, 'ja', link.token!)
    expect(view?.release.slug).toBe('quokka-preview')
    expect(view?.release.summary?.value).toBe('Latest draft wording')
    expect(view?.embargoUntil).toBe(release.embargoUntil)
    expect(view?.embargoTimeZone).toBe('Asia/Tokyo')
    expect(view?.isPublic).toBe(false)
    const shown = JSON.stringify(view)
    expect(shown).not.toContain('Never publish this note')
    expect(shown).not.toContain('7946 0999')
    expect(view?.release.pressContacts).toHaveLength(1)
  })

  it('a wrong, malformed, expired, revoked or deleted link shows nothing', async () => {
    const release = await embargoed('quokka-links', inOneHour())
    expect(await queryEmbargoLink(payload, 'en', 'A'.repeat(43))).toBeNull()
    expect(await queryEmbargoLink(payload, 'en', "x' OR 1=1 --")).toBeNull()

    const revoked = await createLink(release.id)
    expect(await queryEmbargoLink(payload, 'en', revoked.token!)).not.toBeNull()
    await payload.update({ collection: 'embargo-links', id: revoked.id, data: { revoked: true } })
    expect(await queryEmbargoLink(payload, 'en', revoked.token!)).toBeNull()

    const deleted = await createLink(release.id)
    await payload.delete({ collection: 'embargo-links', id: deleted.id })
    expect(await queryEmbargoLink(payload, 'en', deleted.token!)).toBeNull()

    const expiring = await createLink(release.id, {
      expiresAt: new Date(Date.now() + 3000).toISOString(),
    })
    expect(await queryEmbargoLink(payload, 'en', expiring.token!)).not.toBeNull()
    await sleep(Date.parse(expiring.expiresAt) - Date.now() + 100)
    expect(await queryEmbargoLink(payload, 'en', expiring.token!)).toBeNull()
  })

  it('an expiry in the past or beyond 90 days is refused with a clear message', async () => {
    const release = await embargoed('quokka-expiry', inOneHour())
    const refusal = (expiresAt: string) =>
      createLink(release.id, { expiresAt }).then(
        () => 'accepted',
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message,
      )
    expect(await refusal(new Date(Date.now() - 1000).toISOString())).toBe(
      'The expiry must be in the future.',
    )
    expect(await refusal(new Date(Date.now() + 100 * 86_400_000).toISOString())).toBe(
      'An embargo link lasts at most 90 days.',
    )
  })

  it('tokens never reach the public or translators; translators cannot make links', async () => {
    const release = await embargoed('quokka-secret', inOneHour())
    await createLink(release.id)
    const anonymous = await fetch(`${api.url}/api/embargo-links`)
    expect(anonymous.status).toBe(403)
    const asTranslator = await fetch(`${api.url}/api/embargo-links`, { headers: translator.auth })
    expect(asTranslator.status).toBe(403)
    const create = await fetch(`${api.url}/api/embargo-links`, {
      method: 'POST',
      headers: { ...translator.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ release: release.id }),
    })
    expect(create.status).toBe(403)
    const anonymousGraphql = await fetch(`${api.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ EmbargoLinks { docs { token } } }' }),
    })
    expect(JSON.stringify(await anonymousGraphql.json())).not.toMatch(/[A-Za-z0-9_-]{43}/)
  })

  it('once the release is public the link says so, so the page can send the reader to it', async () => {
    const release = await embargoed('quokka-was-embargoed', inOneHour())
    const link = await createLink(release.id)
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      data: { embargoUntil: null } as never,
    })
    expect((await queryEmbargoLink(payload, 'en', link.token!))?.isPublic).toBe(true)
  })
})
