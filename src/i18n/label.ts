import { fill, type FillValues } from './fill'
import { inEachLanguage, type Locale } from './locales'
import { messages, type Messages } from './messages'

// The admin's labels and descriptions, in each language of the locale list, from messages/*.json:
// Payload takes a static label as { en, ja, es }, so one is built here from the key.

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** The dotted path of any string in messages/*.json, e.g. 'Fields.title'. */
export type MessageKey = Paths<Messages>
type PairKey = {
  [K in MessageKey]: K extends `${infer Parent}.singular` ? Parent : never
}[MessageKey]
type KeysUnder<Prefix extends string> = {
  [K in MessageKey]: K extends `${Prefix}.${infer Rest}` ? Rest : never
}[MessageKey]

export type InEachLanguage = Record<Locale, string>

/** The string at `key` in one language's messages. */
export const message = (locale: Locale, key: MessageKey, values?: FillValues): string =>
  fill(
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)[part],
        messages[locale],
      ) as string,
    values,
  )

/** A label or description in each admin language. */
export const label = (key: MessageKey, values?: FillValues): InEachLanguage =>
  inEachLanguage((locale) => message(locale, key, values))

/** A collection's, block's or array's singular and plural labels. */
export const labels = (key: PairKey) => ({
  singular: label(`${key}.singular` as MessageKey),
  plural: label(`${key}.plural` as MessageKey),
})

/** Select options labelled from one part of messages/*.json ('Region', 'Scope', 'PressContacts.kind', ...). */
export const options = <Prefix extends string, V extends KeysUnder<Prefix>>(
  prefix: Prefix,
  values: readonly V[],
) => values.map((value) => ({ value, label: label(`${prefix}.${value}` as MessageKey) }))
