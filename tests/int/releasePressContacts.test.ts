// Press contacts shown under and inside a release: only contacts still flagged for the press,
// only their public fields.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { validData } from '../helpers/fixtures'
import { queryNewsRelease } from '@/content/queries/newsReleases'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

describe('press-contact blocks inside rich text', () => {
  it('refuse a contact who is not for the press', async () => {
    const ishii = await payload.find({
      collection: 'contacts',
      where: { slug: { equals: 'mariko-ishii' } },
      overrideAccess: true,
      depth: 0,
    })
    const body = {
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
            fields: {
              id: '65a0c0ffee0000000000dead',
              blockName: '',
              blockType: 'pressContacts',
              contacts: [ishii.docs[0].id],
            },
          },
        ],
      },
    }
    await expect(
      payload.create({
        collection: 'news-releases',
        data: {
          title: 'Refused contact',
          slug: 'refused-contact',
          publishedAt: '2026-05-12T01:00:00.000Z',
          publishedAt_tz: 'Asia/Tokyo',
          scope: 'global',
          _status: 'published',
          body: body as never,
        },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Contacts/)
  })

  it('keep only contacts still flagged for the press, with only their public fields, in the reader’s language', async () => {
    const contacts = await payload.find({
      collection: 'contacts',
      where: { slug: { in: ['yuki-sato', 'lucia-fernandez'] } },
      overrideAccess: true,
      depth: 0,
    })
    const ids = ['yuki-sato', 'lucia-fernandez'].map(
      (slug) => contacts.docs.find((doc) => doc.slug === slug)!.id,
    )
    const lucia = ids[1]
    const block = (id: string) => ({
      type: 'block',
      version: 2,
      format: '',
      fields: { id, blockName: '', blockType: 'pressContacts', heading: 'Ask them', contacts: ids },
    })
    const paragraph = {
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'text',
          text: 'Before the block.',
          version: 1,
          format: 0,
          mode: 'normal',
          style: '',
          detail: 0,
        },
      ],
    }
    const body = {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        children: [paragraph, block('65a0c0ffee0000000000beef')],
      },
    }
    const release = await payload.create({
      collection: 'news-releases',
      data: {
        title: 'Inline contacts',
        slug: 'inline-contacts',
        publishedAt: '2026-05-12T01:00:00.000Z',
        publishedAt_tz: 'Asia/Tokyo',
        scope: 'global',
        _status: 'published',
        body: body as never,
      },
      locale: 'en',
      overrideAccess: true,
    })
    await payload.update({
      collection: 'contacts',
      id: lucia,
      data: { isPressContact: false },
      overrideAccess: true,
    })
    try {
      const read = await queryNewsRelease(payload, 'ja', 'inline-contacts')
      const node = (
        read?.body?.value.root.children as {
          type: string
          fields?: { heading: string; contacts: { slug: string; role?: { value: string } }[] }
        }[]
      ).find((child) => child.type === 'block')
      expect(node?.fields?.heading).toBe('Ask them')
      expect(node?.fields?.contacts.map((contact) => contact.slug)).toEqual(['yuki-sato'])
      expect(node?.fields?.contacts[0].role?.value).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      const json = JSON.stringify(read?.body)
      for (const field of ['personalMobile', 'internalNotes', 'isPressContact'])
        expect(json).not.toContain(field)
    } finally {
      await payload.update({
        collection: 'contacts',
        id: lucia,
        data: { isPressContact: true },
        overrideAccess: true,
      })
      await payload.delete({ collection: 'news-releases', id: release.id, overrideAccess: true })
    }
  })
})

describe('press contacts shown to the public', () => {
  it('a contact unflagged after being put under a release disappears from that release', async () => {
    const contact = await payload.create({
      collection: 'contacts',
      data: { ...validData.contacts(), isPressContact: true },
    })
    await payload.create({
      collection: 'news-releases',
      data: {
        ...validData['news-releases'](),
        slug: 'contact-withdrawn',
        pressContacts: [contact.id],
      },
    })
    expect(
      (await queryNewsRelease(payload, 'en', 'contact-withdrawn'))?.pressContacts.map(
        (c) => c.slug,
      ),
    ).toEqual([contact.slug])
    await payload.update({
      collection: 'contacts',
      id: contact.id,
      data: { isPressContact: false },
    })
    expect((await queryNewsRelease(payload, 'en', 'contact-withdrawn'))?.pressContacts).toEqual([])
  })
})
