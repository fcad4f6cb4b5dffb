// The fixed lists documents choose from, each kept once: Payload's select options and the site's
// filters and labels (messages/*.json "Region", "Scope", "PressContacts.kind") both derive from them.

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value)

export const regions = [
  'global',
  'asia',
  'south-asia',
  'japan',
  'latin-america',
  'africa',
  'europe',
  'north-america',
] as const
export type Region = (typeof regions)[number]
export const isRegion = isOneOf(regions)

/** How far a news release reaches. */
export const scopes = ['global', 'regional', 'country'] as const
export type Scope = (typeof scopes)[number]
export const isScope = isOneOf(scopes)

export const phoneKinds = ['office', 'mobile', 'press', 'outOfHours'] as const
export type PhoneKind = (typeof phoneKinds)[number]
