import { readFileSync } from 'node:fs'

/** A locale's interface strings, as messages/<locale>.json holds them. */
export const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, unknown>
