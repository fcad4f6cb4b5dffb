// Intl objects are costly to make and cheap to use: each kind and set of options is made once and
// kept. Lists and the press room format the same few zones and languages on every card. Kept apart
// from format.ts so the browser's clock can use it without the phone-number metadata.

const made = new Map<string, unknown>()
const kept = <T>(key: string, make: () => T): T => {
  if (!made.has(key)) made.set(key, make())
  return made.get(key) as T
}

export const dateTimeFormat = (
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat =>
  kept(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options))

export const languageNames = (locale: string): Intl.DisplayNames =>
  kept(`language|${locale}`, () => new Intl.DisplayNames([locale], { type: 'language' }))

export const listFormat = (locale: string): Intl.ListFormat =>
  kept(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }))
