// Two independent readers of the vCards the press room writes: ical.js, and vcard4's own reader.
import ICAL from 'ical.js'
import { parse } from 'vcard4'

type IcalProperty = InstanceType<typeof ICAL.Property>
const param = (prop: IcalProperty | null, name: string): string | string[] | undefined =>
  prop?.getParameter(name) ?? undefined

/** Each card of a file as ical.js, a reader independent of the vcard4 library that writes them, reads it. */
export const readWithIcal = (file: string) => {
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
export const readWithVcard4 = (card: string) =>
  (
    parse(card) as unknown as {
      parsedVcard: { property: string; group?: string; value: unknown }[]
    }
  ).parsedVcard
// vcard4 4.0.5's reader knows SORT-AS (RFC 6350 §5.9) only as "SORTAS" and refuses a card that has
// it; it reads the rest of the card, and ical.js reads all of it.
export const withoutSortAs = (card: string) => card.replace(/;SORT-AS="[^"]*"/, '')
