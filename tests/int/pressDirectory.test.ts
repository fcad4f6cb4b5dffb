// The press directory's read layer and helpers: press contacts only, public fields only, filters
// from the URL; and the ContactPoint structured data of a contact's page.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { queryPressContact, queryPressContacts } from '@/content/queries/pressContacts'
import { contactPointJsonLd } from '@/site/press/contactPoint'
import { directoryOptions, filterPressDirectory, pressFilters } from '@/site/press/directory'
import { withSeededPayload } from '../helpers/seededPayload'

let payload: Payload
withSeededPayload((started) => (payload = started))

describe('the press directory', () => {
  it('lists only press contacts, with only their public fields, in the reader’s language', async () => {
    const all = await payload.count({ collection: 'contacts', overrideAccess: true })
    const press = await payload.count({
      collection: 'contacts',
      where: { isPressContact: { equals: true } },
      overrideAccess: true,
    })
    const entries = await queryPressContacts(payload, 'ja')
    expect(entries).toHaveLength(press.totalDocs)
    expect(entries.length).toBeLessThan(all.totalDocs)
    expect(entries.map((entry) => entry.slug)).not.toContain('mariko-ishii')
    const json = JSON.stringify(entries)
    for (const field of ['personalMobile', 'internalNotes', 'isPressContact'])
      expect(json).not.toContain(field)
    const yuki = entries.find((entry) => entry.slug === 'yuki-sato')
    expect(yuki?.office?.value).toBe('東京事務局')
    expect(yuki?.topics.every((topic) => topic.title?.lang === 'ja')).toBe(true)
    expect(yuki?.officeKey).toBe('tokyo-secretariat')
  })

  it('filters by topic, region, office and language, all at once if asked', async () => {
    const entries = await queryPressContacts(payload, 'es')
    const byLanguage = filterPressDirectory(entries, { language: 'es' })
    expect(byLanguage.length).toBeGreaterThan(0)
    expect(byLanguage.length).toBeLessThan(entries.length)
    expect(byLanguage.every((entry) => entry.languages.some((tag) => tag.startsWith('es')))).toBe(
      true,
    )
    const tokyo = filterPressDirectory(entries, { office: 'tokyo-secretariat' })
    expect(tokyo.map((entry) => entry.slug).sort()).toEqual(['kenji-nakamura', 'yuki-sato'])
    const europe = filterPressDirectory(entries, { region: 'europe' })
    expect(europe.every((entry) => entry.regions.includes('europe'))).toBe(true)
    const topic = entries[0].topics[0].slug
    expect(
      filterPressDirectory(entries, { topic }).every((entry) =>
        entry.topics.some((t) => t.slug === topic),
      ),
    ).toBe(true)
    expect(filterPressDirectory(entries, { office: 'tokyo-secretariat', language: 'fr' })).toEqual(
      [],
    )
    expect(filterPressDirectory(entries, { region: 'antarctica' })).toEqual([])
  })

  it('finds people by free text in the reader’s language, accents and spacing aside', async () => {
    const ja = await queryPressContacts(payload, 'ja')
    expect(filterPressDirectory(ja, { q: '大阪' }).map((entry) => entry.slug)).toEqual([
      'haruka-mori',
    ])
    expect(filterPressDirectory(ja, { q: '佐藤' }).map((entry) => entry.slug)).toEqual([
      'yuki-sato',
    ])
    const es = await queryPressContacts(payload, 'es')
    const ginebra = filterPressDirectory(es, { q: 'ginebra' }).map((entry) => entry.slug)
    expect(ginebra).toContain('claire-dubois')
    expect(
      filterPressDirectory(es, { q: 'secretaria tokio' })
        .map((entry) => entry.slug)
        .sort(),
    ).toEqual(['kenji-nakamura', 'yuki-sato'])
    expect(filterPressDirectory(es, { q: 'nadie-se-llama-asi' })).toEqual([])
  })

  it('reads filters from the URL, trimmed and bounded, and offers only values some contact has', async () => {
    expect(
      pressFilters({ topic: 'a', q: '  two   words ', language: ['ja', 'en'], region: '' }),
    ).toEqual({
      topic: 'a',
      region: undefined,
      office: undefined,
      language: 'ja',
      q: 'two words',
    })
    expect(pressFilters({ q: 'x'.repeat(500) }).q).toHaveLength(100)
    const options = directoryOptions(await queryPressContacts(payload, 'en'))
    expect(options.languages).toEqual(expect.arrayContaining(['ja', 'en', 'es', 'fr']))
    expect(options.languages).not.toContain('de') // only a contact not for the press speaks German
    expect(options.offices.map((office) => office.key)).toContain('tokyo-secretariat')
  })

  it('a contact unflagged for the press disappears from the directory and loses its page', async () => {
    const { docs } = await payload.find({
      collection: 'contacts',
      where: { slug: { equals: 'claire-dubois' } },
      overrideAccess: true,
    })
    expect(await queryPressContact(payload, 'en', 'claire-dubois')).not.toBeNull()
    await payload.update({
      collection: 'contacts',
      id: docs[0].id,
      data: { isPressContact: false },
      overrideAccess: true,
    })
    expect((await queryPressContacts(payload, 'en')).map((entry) => entry.slug)).not.toContain(
      'claire-dubois',
    )
    expect(await queryPressContact(payload, 'en', 'claire-dubois')).toBeNull()
    await payload.update({
      collection: 'contacts',
      id: docs[0].id,
      data: { isPressContact: true },
      overrideAccess: true,
    })
    expect(await queryPressContact(payload, 'en', 'not-a-contact')).toBeNull()
    expect(await queryPressContact(payload, 'en', 'mariko-ishii')).toBeNull()
  })

  it('a contact’s page lists the releases that name them', async () => {
    const contact = await queryPressContact(payload, 'ja', 'yuki-sato')
    expect(contact?.releases.length).toBeGreaterThan(0)
    expect(contact?.releases[0].title?.lang).toBe('ja')
  })
})

describe('ContactPoint structured data', () => {
  it('describes the contact as the organisation’s media contact, with BCP 47 languages', async () => {
    const contact = await queryPressContact(payload, 'es', 'lucia-fernandez')
    expect(contact).not.toBeNull()
    const data = contactPointJsonLd({
      contact: contact!,
      organisation: 'IMADR',
      organisationUrl: 'https://example.org/es',
      regionNames: ['América Latina'],
      pageUrl: 'https://example.org/es/prensa/lucia-fernandez',
    })
    expect(data['@type']).toBe('Organization')
    expect(data.contactPoint).toMatchObject({
      '@type': 'ContactPoint',
      contactType: 'media relations',
      areaServed: ['América Latina'],
    })
    expect(data.contactPoint.availableLanguage).toEqual(contact!.languages)
    expect(data.contactPoint.telephone).toMatch(/^\+\d+$/)
    expect(data.contactPoint.email).toMatch(/@example\.org$/)
  })
})
