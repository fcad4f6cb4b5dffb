// Every interface string exists in all three languages, and is really translated.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

type Tree = { [key: string]: string | Tree }
const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Tree
const flatten = (tree: Tree, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : [...flatten(value, `${prefix}${key}.`)],
    ),
  )
// Placeholders ({name}) and rich-text tags (<tel>…</tel>) a translation must keep.
const placeholders = (value: string) =>
  [...value.matchAll(/\{(\w+)\}|<\/?(\w+)>/g)].map((match) => match[0]).sort()
// Strings with no words of their own (only placeholders, tags and punctuation), or words that are the same in Spanish.
const sameInEveryLanguage = (value: string) =>
  value.replace(/\{\w+\}|<\/?\w+>/g, '').replace(/[\s©:,.…]/g, '') === ''
const sameInSpanish = new Set(['Global', 'Regional', 'Asia', 'Editor', 'Slug', 'Material'])

const en = flatten(load('en'))

describe.each(['ja', 'es'])('messages/%s.json', (locale) => {
  const messages = flatten(load(locale))

  it('has exactly the keys of en.json', () => {
    expect([...messages.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('keeps every placeholder of the English string', () => {
    for (const [key, value] of en)
      expect(`${key}: ${placeholders(messages.get(key) ?? '')}`).toBe(
        `${key}: ${placeholders(value)}`,
      )
  })

  it('translates every string rather than copying the English', () => {
    const copied = [...en].filter(
      ([key, value]) =>
        messages.get(key) === value &&
        !sameInEveryLanguage(value) &&
        !(locale === 'es' && sameInSpanish.has(value)),
    )
    expect(copied).toEqual([])
  })
})

const sourceFiles = () =>
  execFileSync(
    'git',
    [
      'ls-files',
      '-co',
      '--exclude-standard',
      'src',
      'scripts',
      'payload.config.ts',
      'next.config.ts',
    ],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((file) => /\.(ts|tsx|js|mjs)$/.test(file))

describe('where the messages are loaded', () => {
  // Node's ES modules need `with { type: 'json' }`; one module has it, and the rest import that.
  it('is src/i18n/messages.ts alone', () => {
    const files = sourceFiles().filter((file) => file !== 'src/i18n/messages.ts')
    const loading = files.filter((file) =>
      /^import (?!type)[^\n]*messages\/(en|ja|es)\.json/m.test(readFileSync(file, 'utf8')),
    )
    expect(loading).toEqual([])
  })
})

describe("the admin's labels, descriptions and validation messages", () => {
  // One system: a text written per language in code ({ en: '…', ja: '…', es: '…' }) is a
  // string messages/*.json does not know, and one more place to edit for a new language.
  it('are not written per language in the code', () => {
    // Content (demo and benchmark data, migrations) is data, not interface.
    const exempt = /^(?!src\/)|^src\/(migrations|seed)\/|^src\/payload-types\.ts$/
    // A Japanese or Spanish text given as a value (localized URL paths, which start with "/", aside).
    const perLanguage = /\b(ja|es):\s*['"`](?!\/)/
    const written = sourceFiles().filter(
      (file) => !exempt.test(file) && perLanguage.test(readFileSync(file, 'utf8')),
    )
    expect(written).toEqual([])
  })
})
