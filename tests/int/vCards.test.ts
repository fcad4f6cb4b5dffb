// vCards written from a contact's public fields: version 4.0, names in two scripts, labelled
// phones, and lines as RFC 6350 wants them, read back by two independent readers.
import { describe, expect, it } from '@jest/globals'
import { vcardReader } from '@/site/press/vcardResponse'
import { contactVCard, vCardFile } from '@/site/press/vcard'
import { splitName } from '@/site/press/vcardNames'
import { readWithIcal, readWithVcard4, withoutSortAs } from './press/vcardReaders'

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
