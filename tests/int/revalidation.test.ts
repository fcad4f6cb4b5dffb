// Publishing, editing, unpublishing and deleting refresh exactly the tags of what changed: news
// releases, and the focus areas, images, settings and users around them.
import { beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { recordRevalidatedTags } from '../helpers/revalidatedTags'

const revalidated = recordRevalidatedTags()

const { uploadFile, validData } = await import('../helpers/fixtures')
const { withPayload } = await import('../helpers/payload')

let payload: Payload
withPayload((started) => (payload = started))
beforeEach(() => {
  revalidated.length = 0
})

describe('news releases', () => {
  it('publishing refreshes the release’s page and the lists, and nothing else', async () => {
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'fresh-news' },
    })
    expect(new Set(revalidated)).toEqual(new Set(['news-releases', 'news-releases:fresh-news']))
  })

  it('a change of slug refreshes the old and the new address', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'old-slug' },
    })
    revalidated.length = 0
    await payload.update({ collection: 'news-releases', id: doc.id, data: { slug: 'new-slug' } })
    expect(new Set(revalidated)).toEqual(
      new Set(['news-releases', 'news-releases:new-slug', 'news-releases:old-slug']),
    )
  })

  it('saving a draft that was never published refreshes nothing', async () => {
    await payload.create({
      collection: 'news-releases',
      draft: true,
      data: { ...validData['news-releases'](), slug: 'quiet-draft', _status: 'draft' },
    })
    expect(revalidated).toEqual([])
  })

  it('unpublishing refreshes the page that showed it', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'going-away' },
    })
    revalidated.length = 0
    await payload.update({ collection: 'news-releases', id: doc.id, data: { _status: 'draft' } })
    expect(revalidated).toContain('news-releases:going-away')
  })

  it('deleting refreshes its page and the lists', async () => {
    const doc = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'deleted-news' },
    })
    revalidated.length = 0
    await payload.delete({ collection: 'news-releases', id: doc.id })
    expect(new Set(revalidated)).toEqual(new Set(['news-releases', 'news-releases:deleted-news']))
  })

  it('seeding and imports can turn revalidation off', async () => {
    await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), slug: 'imported' },
      context: { disableRevalidate: true },
    })
    expect(revalidated).toEqual([])
  })
})

describe('other content', () => {
  it('a release refreshes the pages of its focus areas, before and after the change', async () => {
    const [first, second] = [
      await payload.create({ collection: 'focus-areas', data: validData['focus-areas']() }),
      await payload.create({ collection: 'focus-areas', data: validData['focus-areas']() }),
    ]
    const release = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), focusAreas: [first.id] },
    })
    revalidated.length = 0
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      data: { focusAreas: [second.id] },
    })
    expect(new Set(revalidated)).toEqual(
      new Set([
        'news-releases',
        `news-releases:${release.slug}`,
        `focus-areas:${first.slug}`,
        `focus-areas:${second.slug}`,
      ]),
    )
  })

  it('a focus area refreshes the releases, partners and committees that show it', async () => {
    const committee = await payload.create({
      collection: 'committees',
      data: { ...validData.committees(), code: 'RVF' },
    })
    const area = await payload.create({
      collection: 'focus-areas',
      data: {
        ...validData['focus-areas'](),
        activities: [{ committee: committee.id, text: 'Field work.' }],
      },
    })
    const release = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), focusAreas: [area.id] },
    })
    const partner = await payload.create({
      collection: 'partners',
      data: { ...validData.partners(), focusAreas: [area.id] },
    })
    const unrelated = await payload.create({ collection: 'partners', data: validData.partners() })
    revalidated.length = 0
    await payload.update({
      collection: 'focus-areas',
      id: area.id,
      data: { summary: 'Revised.' },
      locale: 'en',
    })
    expect(new Set(revalidated)).toEqual(
      new Set([
        'focus-areas',
        `focus-areas:${area.slug}`,
        `news-releases:${release.slug}`,
        `partners:${partner.slug}`,
        `committees:${committee.slug}`,
      ]),
    )
    expect(revalidated).not.toContain(`partners:${unrelated.slug}`)
  })

  it('an image refreshes the pages and lists that show it, and the whole site for the logo', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: await uploadFile('logo.png'),
    })
    const area = await payload.create({
      collection: 'focus-areas',
      data: { ...validData['focus-areas'](), heroImage: image.id },
    })
    revalidated.length = 0
    await payload.update({ collection: 'media', id: image.id, data: { credit: 'Photo desk' } })
    expect(new Set(revalidated)).toEqual(
      new Set(['media', `focus-areas:${area.slug}`, 'focus-areas']),
    )

    await payload.updateGlobal({
      slug: 'site-settings',
      data: { organisationName: 'Test organisation', shortName: 'TEST', logo: image.id },
    })
    revalidated.length = 0
    await payload.update({ collection: 'media', id: image.id, data: { credit: 'Archive' } })
    expect(revalidated).toContain('global:site-settings')
  })

  it('site settings refresh their own tag', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { shortName: 'TEST', organisationName: 'Test organisation' },
    })
    expect(revalidated).toEqual(['global:site-settings'])
  })

  it('users are not public content and refresh nothing', async () => {
    await payload.create({ collection: 'users', data: validData.users() })
    expect(revalidated).toEqual([])
  })
})
