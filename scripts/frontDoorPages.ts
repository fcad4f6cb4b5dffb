// nginx's own refusal pages (deploy/nginx/beacon.conf.template), from messages/*.json ("FrontDoor")
// and the organisation's name: HTML in each language, plus one in all three for a request nginx
// refused before reading its headers ("mul"), and the JSON API clients get. Written by
// scripts/prepare.ts when FRONT_DOOR_PAGES_DIR is set (compose's shared volume, `npm run stack`).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { messages as allMessages, type Messages } from '../src/i18n/messages'
import { defaultLocale, type Locale, locales } from '../src/i18n/locales'
import { querySiteSettings } from '../src/content/queries/siteSettings'

type Refusal = Exclude<keyof Messages['FrontDoor'], 'home' | 'unnamedSite'>

/** The statuses nginx answers itself, as the template's error_page lines list them (494 is sent as 431). */
export const refusals: Record<number, Refusal> = {
  400: 'badRequest',
  413: 'contentTooLarge',
  414: 'uriTooLong',
  431: 'headersTooLarge',
  502: 'badGateway',
  503: 'unavailable',
  504: 'gatewayTimeout',
}

const messages: Record<Locale, Messages['FrontDoor']> = {
  en: allMessages.en.FrontDoor,
  ja: allMessages.ja.FrontDoor,
  es: allMessages.es.FrontDoor,
}

/** The organisation's name in each language (Site settings), falling back to a neutral one. */
export type OrganisationNames = Record<Locale, string>

export const organisationNames = async (payload: Payload): Promise<OrganisationNames> => {
  const names = {} as OrganisationNames
  for (const locale of locales) {
    names[locale] =
      (await querySiteSettings(payload, locale)).organisationName?.value ||
      messages[locale].unnamedSite
  }
  return names
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

// The site's colours and font stacks (src/app/(frontend)/[locale]/styles/base.css), inline: nginx serves this page alone.
const style = `body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','Noto Sans CJK JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif;color:#1b2230;background:#fff;line-height:1.6}
:lang(ja){font-family:'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Hiragino Kaku Gothic ProN','Yu Gothic',Meiryo,system-ui,sans-serif;line-break:strict;line-height:1.8}
header{background:#0b4f7c;color:#fff;padding:1rem 1.5rem}header a{color:#fff;font-weight:600;text-decoration:none}
main{max-width:42rem;padding:2rem 1.5rem}section+section{border-top:1px solid #d5dbe3;margin-top:2rem}
.code{color:#4a5568}a{color:#0b4f7c}:focus-visible{outline:3px solid #c2410c;outline-offset:2px}`

const section = (locale: Locale, status: number) => {
  const text = messages[locale]
  const refusal = text[refusals[status]]
  return `<section lang="${locale}">
<h1>${escapeHtml(refusal.title)}</h1>
<p>${escapeHtml(refusal.text)}</p>
<p><a href="/${locale}">${escapeHtml(text.home)}</a></p>
</section>`
}

/** The HTML page for `status` in one language, or in all three (`mul`, English first). */
export const refusalPage = (
  status: number,
  language: Locale | 'mul',
  names: OrganisationNames,
): string => {
  const shown =
    language === 'mul'
      ? [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
      : [language]
  const lang = shown[0]
  const title = shown.map((locale) => messages[locale][refusals[status]].title).join(' / ')
  const siteNames = shown
    .map((locale) => `<a href="/${locale}" lang="${locale}">${escapeHtml(names[locale])}</a>`)
    .join(' · ')
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${escapeHtml(names[lang])}</title>
<style>${style}</style>
</head>
<body>
<header>${siteNames}</header>
<main>
${shown.map((locale) => section(locale, status)).join('\n')}
<p class="code">${status}</p>
</main>
</body>
</html>
`
}

/** The JSON API clients get, shaped like the API's own errors (English when nginx knows no language). */
export const refusalJson = (status: number, language: Locale | 'mul'): string =>
  `${JSON.stringify({ errors: [{ message: messages[language === 'mul' ? defaultLocale : language][refusals[status]].title }] })}\n`

/** Writes every page to `dir`/<language>/<status>.{html,json}, each file replaced whole (nginx may be serving it). */
export const writeFrontDoorPages = (dir: string, names: OrganisationNames): void => {
  for (const language of [...locales, 'mul' as const]) {
    mkdirSync(path.join(dir, language), { recursive: true })
    for (const status of Object.keys(refusals).map(Number)) {
      for (const [extension, content] of [
        ['html', refusalPage(status, language, names)],
        ['json', refusalJson(status, language)],
      ]) {
        const file = path.join(dir, language, `${status}.${extension}`)
        writeFileSync(`${file}.tmp`, content)
        renameSync(`${file}.tmp`, file)
      }
    }
  }
}
