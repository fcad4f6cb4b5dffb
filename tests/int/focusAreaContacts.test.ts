// Press contacts on a focus area: those the editor chose, or those whose topics include it.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { queryFocusArea, TOPIC_CONTACTS_SHOWN } from '@/content/queries/focusAreas'
import { queryPressContacts } from '@/content/queries/pressContacts'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

describe('press contacts on a focus area', () => {
  const AREA = 'human-trafficking-and-exploitative-migration'
  it('lists the press contacts whose topics include it when the editor chose none, and the chosen ones in order otherwise', async () => {
    const area = (await queryFocusArea(payload, 'es', AREA))!
    const fromTopics = area.pressContacts
    expect(fromTopics.length).toBeGreaterThan(1)
    const entries = await queryPressContacts(payload, 'es')
    const expected = entries
      .filter((entry) => entry.topics.some((topic) => topic.slug === AREA))
      .map((entry) => entry.slug)
    expect(area.pressContactsTotal).toBe(expected.length)
    expect(fromTopics).toHaveLength(Math.min(expected.length, TOPIC_CONTACTS_SHOWN))
    for (const contact of fromTopics) expect(expected).toContain(contact.slug)

    const { docs } = await payload.find({
      collection: 'focus-areas',
      where: { slug: { equals: AREA } },
      overrideAccess: true,
      depth: 0,
    })
    const chosen = await payload.find({
      collection: 'contacts',
      where: { slug: { in: ['lucia-fernandez', 'yuki-sato'] } },
      overrideAccess: true,
      depth: 0,
    })
    const ordered = ['lucia-fernandez', 'yuki-sato'].map(
      (slug) => chosen.docs.find((doc) => doc.slug === slug)!.id,
    )
    await payload.update({
      collection: 'focus-areas',
      id: docs[0].id,
      data: { pressContacts: ordered },
      overrideAccess: true,
    })
    try {
      expect(
        (await queryFocusArea(payload, 'es', AREA))!.pressContacts.map((contact) => contact.slug),
      ).toEqual(['lucia-fernandez', 'yuki-sato'])
    } finally {
      await payload.update({
        collection: 'focus-areas',
        id: docs[0].id,
        data: { pressContacts: [] },
        overrideAccess: true,
      })
    }
  })

  it('shows only the first few of a topic with many press contacts, and counts them all', async () => {
    const { docs } = await payload.find({
      collection: 'focus-areas',
      where: { slug: { equals: 'migrant-workers-rights' } },
      overrideAccess: true,
      depth: 0,
    })
    const before = (await queryFocusArea(payload, 'en', 'migrant-workers-rights'))!
      .pressContactsTotal
    const added = []
    for (let i = 0; i < TOPIC_CONTACTS_SHOWN + 2; i++) {
      added.push(
        await payload.create({
          collection: 'contacts',
          data: {
            name: `Topic Crowd ${i}`,
            email: `crowd${i}@example.org`,
            timeZone: 'Asia/Tokyo',
            languages: ['en'],
            topics: [docs[0].id],
            isPressContact: true,
          },
          context: { disableRevalidate: true },
        }),
      )
    }
    try {
      const area = (await queryFocusArea(payload, 'en', 'migrant-workers-rights'))!
      expect(area.pressContacts).toHaveLength(TOPIC_CONTACTS_SHOWN)
      expect(area.pressContactsTotal).toBe(before + added.length)
    } finally {
      for (const doc of added)
        await payload.delete({
          collection: 'contacts',
          id: doc.id,
          context: { disableRevalidate: true },
        })
    }
  })
})
