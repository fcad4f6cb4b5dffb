// The press room's read layer and helpers: press contacts only, public fields only, filters from the
// URL, local time and office hours, vCards and ContactPoint structured data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { parse } from 'vcard4'
import type en from '../../messages/en.json'
import { type Locale, locales } from '@/i18n/locales'
import { queryFocusArea, TOPIC_CONTACTS_SHOWN } from '@/content/queries/focusAreas'
import { queryNewsRelease } from '@/content/queries/newsReleases'
import { querySiteSettings } from '@/content/queries/siteSettings'
import { queryPressContact, queryPressContacts } from '@/content/queries/pressContacts'
import { contactPointJsonLd } from '@/site/press/contactPoint'
import { directoryOptions, filterPressDirectory, pressFilters } from '@/site/press/directory'
import { localTime } from '@/site/press/localTime'
import { toVCardContact, vcardReader, vcardResponse } from '@/site/press/vcardResponse'
import { contactVCard, vCardFile } from '@/site/press/vcard'
import { splitName } from '@/site/press/vcardNames'
import { seed } from '@/seed'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
}, 300_000)
afterAll(async () => {
  await stopPayload(payload)
})

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

describe('local time', () => {
  const monday10Tokyo = new Date('2026-11-23T01:00:00Z') // Monday 10:00 in Tokyo
  it('tells the time where the contact works, named in the reader’s language', () => {
    const tokyo = localTime(monday10Tokyo, 'Asia/Tokyo', 'ja')
    expect(tokyo?.time).toBe('10:00')
    expect(tokyo?.zone).toMatch(/日本/)
    expect(tokyo?.inOfficeHours).toBe(true)
    expect(localTime(monday10Tokyo, 'Europe/Zurich', 'en')?.time).toBe('2:00 AM')
  })
  it('marks evenings, nights and weekends as outside office hours', () => {
    expect(localTime(monday10Tokyo, 'Europe/Zurich', 'en')?.inOfficeHours).toBe(false)
    expect(localTime(new Date('2026-11-21T01:00:00Z'), 'Asia/Tokyo', 'en')?.inOfficeHours).toBe(
      false,
    ) // Saturday
    expect(localTime(new Date('2026-11-23T09:30:00Z'), 'Asia/Tokyo', 'en')?.inOfficeHours).toBe(
      false,
    ) // 18:30
  })
  it('gives nothing for a zone it does not know', () => {
    expect(localTime(monday10Tokyo, 'Mars/Olympus', 'en')).toBeNull()
  })
})

// A release with a contact whose name is Japanese and one of each kind of phone between its two contacts.
const HARUKA_RELEASE = 'japan-urged-to-widen-support-for-trafficking-victims'

type IcalProperty = InstanceType<typeof ICAL.Property>
const param = (prop: IcalProperty | null, name: string): string | string[] | undefined =>
  prop?.getParameter(name) ?? undefined

/** Each card of a file as ical.js, a reader independent of the vcard4 library that writes them, reads it. */
const readWithIcal = (file: string) => {
  const parsed: unknown = ICAL.parse(file)
  const jcards = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]
  return jcards.map((jcard) => {
    const card = new ICAL.Component(jcard)
    const n = card.getFirstProperty('n')
    const labels = new Map(
      card
        .getAllProperties('x-ablabel')
        .map((prop) => [param(prop, 'group'), prop.getFirstValue()]),
    )
    return {
      names: card.getAllProperties('fn').map((prop) => ({
        name: prop.getFirstValue(),
        language: param(prop, 'language'),
        pref: param(prop, 'pref'),
      })),
      n: { value: n?.getFirstValue(), language: param(n, 'language'), sortAs: param(n, 'sort-as') },
      phones: card.getAllProperties('tel').map((prop) => ({
        number: prop.getFirstValue(),
        type: param(prop, 'type'),
        label: labels.get(param(prop, 'group')),
      })),
      title: card.getFirstPropertyValue('title'),
      org: card.getFirstPropertyValue('org'),
    }
  })
}

/** One card as the vcard4 library's own reader reads it. */
const readWithVcard4 = (card: string) =>
  (
    parse(card) as unknown as {
      parsedVcard: { property: string; group?: string; value: unknown }[]
    }
  ).parsedVcard
// vcard4 4.0.5's reader knows SORT-AS (RFC 6350 §5.9) only as "SORTAS" and refuses a card that has
// it; it reads the rest of the card, and ical.js reads all of it.
const withoutSortAs = (card: string) => card.replace(/;SORT-AS="[^"]*"/, '')

describe('vCards', () => {
  const yuki = {
    name: '佐藤 由紀',
    nameLatin: 'Yuki Sato',
    email: 'y.sato@example.org',
    phones: [
      { kind: 'office' as const, number: '+81355550123' },
      { kind: 'outOfHours' as const, number: '+819055550123' },
    ],
    languages: ['ja', 'en'],
    timeZone: 'Asia/Tokyo',
    role: 'Press officer, Tokyo; secretariat',
    organisation: '反差別国際運動',
    url: 'https://example.org/ja/press/yuki-sato',
  }

  it('writes a version 4.0 card with the public fields, Japanese intact and text escaped', () => {
    const card = contactVCard(yuki, vcardReader('ja'))
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true)
    expect(card).toContain('\r\nFN;LANGUAGE=ja;PREF=1:佐藤 由紀\r\n')
    expect(card).toContain('\r\nFN;LANGUAGE=ja-Latn;PREF=2:Yuki Sato\r\n')
    expect(card).toContain('\r\nN;LANGUAGE=ja;SORT-AS="Sato,Yuki":佐藤;由紀;;;\r\n')
    expect(card).toContain('ORG:反差別国際運動\r\n')
    expect(card).toContain('TITLE:Press officer\\, Tokyo\\; secretariat\r\n')
    expect(card).toContain(
      '\r\nitem1.TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+81355550123\r\nitem1.X-ABLABEL:事務所\r\n',
    )
    expect(card).toContain(
      '\r\nitem2.TEL;VALUE=uri;TYPE="work,voice";PREF=2:tel:+819055550123\r\nitem2.X-ABLABEL:時間外\r\n',
    )
    expect(card).toContain('EMAIL;TYPE=work:y.sato@example.org')
    expect(card).toContain('LANG;PREF=1:ja')
    expect(card).toContain('LANG;PREF=2:en')
    expect(card).toContain('TZ:Asia/Tokyo')
    expect(card.endsWith('END:VCARD\r\n')).toBe(true)
    // Two readers read back what was written.
    expect(readWithIcal(card)[0].names).toEqual([
      { name: '佐藤 由紀', language: 'ja', pref: '1' },
      { name: 'Yuki Sato', language: 'ja-Latn', pref: '2' },
    ])
    expect(readWithVcard4(withoutSortAs(card)).find((prop) => prop.property === 'FN')?.value).toBe(
      '佐藤 由紀',
    )
  })

  it('puts several contacts in one file', () => {
    const file = vCardFile(
      [yuki, { ...yuki, name: 'Lucía Fernández', nameLatin: null }],
      vcardReader('en'),
    )
    expect(file.match(/BEGIN:VCARD/g)).toHaveLength(2)
    expect(file).toContain('\r\nFN:Lucía Fernández\r\nN:Fernández;Lucía;;;\r\n')
    expect(readWithIcal(file).map((card) => card.names[0].name)).toEqual([
      'Yuki Sato',
      'Lucía Fernández',
    ])
  })

  it('splits names by how they are written', () => {
    expect(splitName('佐藤 由紀')).toEqual({ family: '佐藤', given: '由紀' })
    expect(splitName('Ana María Pérez')).toEqual({ family: 'Pérez', given: 'Ana María' })
    expect(splitName('Madonna')).toEqual({ family: 'Madonna', given: '' })
  })

  // A release's file of press contacts, as its vcard route builds it for a reader of each language.
  const releaseFile = async (locale: Locale) => {
    const [release, settings] = await Promise.all([
      queryNewsRelease(payload, locale, HARUKA_RELEASE),
      querySiteSettings(payload, locale),
    ])
    expect(release?.pressContacts.map((contact) => contact.slug)).toEqual([
      'haruka-mori',
      'yuki-sato',
    ])
    const response = vcardResponse(
      release!.pressContacts.map((contact) => toVCardContact(contact, settings)),
      locale,
      'file',
    )
    return response.text()
  }
  const labels = (locale: Locale) =>
    (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as typeof en).PressContacts.kind

  it.each([
    ['en', 'Haruka Mori'],
    ['es', 'Haruka Mori'],
  ] as const)(
    'gives a reader of %s the name in Latin script first, with the Japanese one after it',
    async (locale, first) => {
      const file = await releaseFile(locale)
      expect(file).toContain(
        '\r\nFN;LANGUAGE=ja-Latn;PREF=1:Haruka Mori\r\nFN;LANGUAGE=ja;PREF=2:森 遥\r\nN;LANGUAGE=ja-Latn:Mori;Haruka;;;\r\n',
      )
      const [haruka, yukiCard] = readWithIcal(file)
      expect(haruka.names).toEqual([
        { name: first, language: 'ja-Latn', pref: '1' },
        { name: '森 遥', language: 'ja', pref: '2' },
      ])
      expect(haruka.n).toEqual({
        value: ['Mori', 'Haruka', '', '', ''],
        language: 'ja-Latn',
        sortAs: undefined,
      })
      expect(yukiCard.names.map((name) => name.name)).toEqual(['Yuki Sato', '佐藤 由紀'])
      // vcard4's own reader agrees.
      const parsed = readWithVcard4(
        file.slice(0, file.indexOf('END:VCARD\r\n') + 'END:VCARD\r\n'.length),
      )
      expect(parsed.filter((prop) => prop.property === 'FN').map((prop) => prop.value)).toEqual([
        'Haruka Mori',
        '森 遥',
      ])
      expect(parsed.find((prop) => prop.property === 'N')?.value).toMatchObject({
        familyNames: 'Mori',
        givenNames: 'Haruka',
      })
    },
  )

  it('gives a reader of ja the Japanese name first, sorted by its romanisation', async () => {
    const file = await releaseFile('ja')
    expect(file).toContain(
      '\r\nFN;LANGUAGE=ja;PREF=1:森 遥\r\nFN;LANGUAGE=ja-Latn;PREF=2:Haruka Mori\r\nN;LANGUAGE=ja;SORT-AS="Mori,Haruka":森;遥;;;\r\n',
    )
    const [haruka, yukiCard] = readWithIcal(file)
    expect(haruka.names).toEqual([
      { name: '森 遥', language: 'ja', pref: '1' },
      { name: 'Haruka Mori', language: 'ja-Latn', pref: '2' },
    ])
    expect(haruka.n).toEqual({
      value: ['森', '遥', '', '', ''],
      language: 'ja',
      sortAs: 'Mori,Haruka',
    })
    expect(yukiCard.names.map((name) => name.name)).toEqual(['佐藤 由紀', 'Yuki Sato'])
    // When this first expectation fails, vcard4 reads SORT-AS: drop withoutSortAs.
    const card = file.slice(0, file.indexOf('END:VCARD\r\n') + 'END:VCARD\r\n'.length)
    expect(() => readWithVcard4(card)).toThrow(/SORT-AS/)
    const parsed = readWithVcard4(withoutSortAs(card))
    expect(parsed.filter((prop) => prop.property === 'FN').map((prop) => prop.value)).toEqual([
      '森 遥',
      'Haruka Mori',
    ])
  })

  it.each(locales)(
    'labels each phone in a property group in the language of a reader of %s',
    async (locale) => {
      const file = await releaseFile(locale)
      const [haruka, yukiCard] = readWithIcal(file)
      const kind = labels(locale)
      expect(haruka.phones).toEqual([
        { number: 'tel:+61255504211', type: ['work', 'voice'], label: kind.press },
        { number: 'tel:+61255504210', type: ['work', 'voice'], label: kind.office },
        { number: 'tel:+61491570113', type: ['work', 'cell'], label: kind.mobile },
      ])
      expect(yukiCard.phones.map((phone) => phone.label)).toEqual([
        kind.press,
        kind.office,
        kind.outOfHours,
      ])
      // Three labels, three different strings: the lines are told apart.
      expect(new Set(yukiCard.phones.map((phone) => phone.label)).size).toBe(3)
      const groups = readWithVcard4(
        withoutSortAs(file.slice(file.lastIndexOf('BEGIN:VCARD'))),
      ).filter((prop) => prop.group)
      expect(groups.map((prop) => `${prop.group}.${prop.property}`)).toEqual([
        'item1.TEL',
        'item1.X-ABLABEL',
        'item2.TEL',
        'item2.X-ABLABEL',
        'item3.TEL',
        'item3.X-ABLABEL',
      ])
    },
  )

  it('ends lines with CRLF, folds them by octets and never inside a character, and escapes only what RFC 6350 names', () => {
    const role =
      '人身売買・移住プログラム担当、𠮷田記念基金との連携窓口（大阪事務所・日本委員会）兼 国際連絡担当: 報道対応'
    const card = contactVCard(
      { ...yuki, role, organisation: 'Rights, Inc.\\Japan\r\nOsaka' },
      vcardReader('en'),
    )
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of card.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(card).toMatch(/\r\nTITLE:人身売買/)
    expect(card).toContain('\r\n ') // the title was long enough to fold
    expect(card).not.toContain('\uFFFD')
    expect(card).toContain('ORG:Rights\\, Inc.\\\\Japan\\nOsaka\r\n')
    expect(card.replace(/\r\n /g, '')).toContain('担当: 報道対応') // a colon in text is no escape
    const [read] = readWithIcal(card)
    expect(read.title).toBe(role)
    expect(read.org).toBe('Rights, Inc.\\Japan\nOsaka')
    expect(readWithVcard4(card).find((prop) => prop.property === 'TITLE')?.value).toBe(role)
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
