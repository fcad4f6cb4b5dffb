import { expect } from '@jest/globals'
import { siteSettings } from '../../../src/seed/data/siteSettings'
import { messages } from './messages'
import type { RawResponse } from './raw'

type FrontDoor = (typeof import('../../../messages/en.json'))['FrontDoor']
type Language = 'en' | 'ja' | 'es'

/** The refusals' texts in each language (messages/*.json, FrontDoor). */
export const text = Object.fromEntries(
  (['en', 'ja', 'es'] as const).map((language) => [language, messages(language).FrontDoor]),
) as Record<Language, FrontDoor>

/** nginx's own HTML page: the status, the refusal in `language`, the organisation's name and a link home. */
export const expectPage = (
  response: RawResponse,
  status: number,
  refusal: keyof FrontDoor,
  language: Language,
) => {
  expect(response.status).toBe(status)
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  const message = text[language][refusal] as { title: string }
  expect(response.text).toContain(`<h1>${message.title}</h1>`)
  expect(response.text).toContain(siteSettings.organisationName[language])
  expect(response.text).toContain(`<a href="/${language}">${text[language].home}</a>`)
}
