// A release's vCard file of its press contacts, as its route builds it for a reader of each
// language: which name comes first, and each phone labelled in the reader's language.
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { readFileSync } from 'node:fs'
import type en from '../../messages/en.json'
import { type Locale, locales } from '@/i18n/locales'
import { queryNewsRelease } from '@/content/queries/newsReleases'
import { querySiteSettings } from '@/content/queries/siteSettings'
import { toVCardContact, vcardResponse } from '@/site/press/vcardResponse'
import { withSeededPayload } from '../helpers/seededPayload'
import { readWithIcal, readWithVcard4, withoutSortAs } from './press/vcardReaders'

let payload: Payload
withSeededPayload((started) => (payload = started))

// A release with a contact whose name is Japanese and one of each kind of phone between its two contacts.
const HARUKA_RELEASE = 'japan-urged-to-widen-support-for-trafficking-victims'

describe('vCards', () => {
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
})
