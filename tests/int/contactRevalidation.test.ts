// A contact's change refreshes exactly the pages that show it: those that name it, and those
// whose rich text holds it in a press-contact block.
import { beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { recordRevalidatedTags } from '../helpers/revalidatedTags'

const revalidated = recordRevalidatedTags()

const { validData } = await import('../helpers/fixtures')
const { withPayload } = await import('../helpers/payload')

let payload: Payload
withPayload((started) => (payload = started))
beforeEach(() => {
  revalidated.length = 0
})

describe('other content', () => {
  it('a contact change refreshes the pages that show it, and no other', async () => {
    const contact = await payload.create({ collection: 'contacts', data: validData.contacts() })
    const showing = await payload.create({
      collection: 'news-releases',
      data: { ...validData['news-releases'](), pressContacts: [contact.id] },
    })
    const other = await payload.create({
      collection: 'news-releases',
      data: validData['news-releases'](),
    })
    const committee = await payload.create({
      collection: 'committees',
      data: { ...validData.committees(), code: 'RVC', contacts: [contact.id] },
    })
    revalidated.length = 0
    await payload.update({
      collection: 'contacts',
      id: contact.id,
      data: { role: 'Spokesperson' },
      locale: 'en',
    })
    expect(new Set(revalidated)).toEqual(
      new Set([
        'contacts',
        `contacts:${contact.slug}`,
        `news-releases:${showing.slug}`,
        `committees:${committee.slug}`,
      ]),
    )
    expect(revalidated).not.toContain(`news-releases:${other.slug}`)

    revalidated.length = 0
    await payload.delete({ collection: 'contacts', id: contact.id })
    expect(revalidated).toEqual(
      expect.arrayContaining([`news-releases:${showing.slug}`, `committees:${committee.slug}`]),
    )
  })

  it('a contact placed in a text’s press-contact block refreshes that page, whichever language placed it', async () => {
    const [inEnglish, inJapanese] = [
      await payload.create({ collection: 'contacts', data: validData.contacts() }),
      await payload.create({ collection: 'contacts', data: validData.contacts() }),
    ]
    const bodyWith = (id: string | number, blockId: string) => ({
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        children: [
          {
            type: 'block',
            version: 2,
            format: '',
            fields: { id: blockId, blockName: '', blockType: 'pressContacts', contacts: [id] },
          },
        ],
      },
    })
    const release = await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        body: bodyWith(inEnglish.id, '65a0c0ffee0000000000aaa1') as never,
      },
      locale: 'en',
    })
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'ja',
      data: { body: bodyWith(inJapanese.id, '65a0c0ffee0000000000aaa2') as never },
    })
    for (const contact of [inEnglish, inJapanese]) {
      revalidated.length = 0
      await payload.update({
        collection: 'contacts',
        id: contact.id,
        data: { role: 'Spokesperson' },
        locale: 'en',
      })
      expect(revalidated).toContain(`news-releases:${release.slug}`)
    }
    // An edit in one language keeps the other language's contacts.
    await payload.update({
      collection: 'news-releases',
      id: release.id,
      locale: 'ja',
      data: { title: 'リリース' },
    })
    revalidated.length = 0
    await payload.update({
      collection: 'contacts',
      id: inEnglish.id,
      data: { role: 'Press officer' },
      locale: 'en',
    })
    expect(revalidated).toContain(`news-releases:${release.slug}`)
  })
})
