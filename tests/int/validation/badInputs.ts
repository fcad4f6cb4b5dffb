// Bad input for each collection: a label, the collection, data with one bad value, and the field
// whose error names it.
import type { CollectionSlug } from 'payload'
import { validData } from '../../helpers/fixtures'
import { bodyWithLink } from './api'

export const badInputs: [string, CollectionSlug, () => Record<string, unknown>, string][] = [
  [
    'a missing English title',
    'news-releases',
    () => ({ ...validData['news-releases'](), title: undefined }),
    'title',
  ],
  [
    'a missing English focus-area title',
    'focus-areas',
    () => ({ summary: 'No title here' }),
    'title',
  ],
  ['a bad e-mail', 'contacts', () => ({ ...validData.contacts(), email: 'not-an-email' }), 'email'],
  [
    'a bad phone number',
    'contacts',
    () => ({ ...validData.contacts(), phones: [{ kind: 'office', number: '12345' }] }),
    'phones.0.number',
  ],
  [
    'a phone number without country code',
    'contacts',
    () => ({ ...validData.contacts(), phones: [{ kind: 'press', number: '03-1234-5678' }] }),
    'phones.0.number',
  ],
  [
    'a bad personal mobile',
    'contacts',
    () => ({ ...validData.contacts(), personalMobile: '+1 555' }),
    'personalMobile',
  ],
  ['a bad country', 'partners', () => ({ ...validData.partners(), country: 'XX' }), 'country'],
  [
    'a lowercase or long country name',
    'partners',
    () => ({ ...validData.partners(), country: 'Nigeria' }),
    'country',
  ],
  [
    'a bad URL',
    'partners',
    () => ({ ...validData.partners(), website: 'example dot org' }),
    'website',
  ],
  [
    'a javascript: URL',
    'partners',
    () => ({ ...validData.partners(), website: 'javascript:alert(1)' }),
    'website',
  ],
  [
    'a bad time zone',
    'contacts',
    () => ({ ...validData.contacts(), timeZone: 'Mars/Olympus_Mons' }),
    'timeZone',
  ],
  [
    'an offset instead of a time zone',
    'contacts',
    () => ({ ...validData.contacts(), timeZone: '+09:00' }),
    'timeZone',
  ],
  [
    'a bad language tag',
    'contacts',
    () => ({ ...validData.contacts(), languages: ['es', 'not a language'] }),
    'languages',
  ],
  ['a duplicate slug', 'partners', () => ({ ...validData.partners(), slug: 'wocon' }), 'slug'],
  [
    'a slug with non-ASCII letters',
    'focus-areas',
    () => ({ ...validData['focus-areas'](), slug: '人身取引' }),
    'slug',
  ],
  [
    'a bad committee code',
    'committees',
    () => ({ ...validData.committees(), code: 'asia committee' }),
    'code',
  ],
  [
    'a bad material link',
    'focus-areas',
    () => ({
      ...validData['focus-areas'](),
      relatedMaterials: [{ title: 'Report', link: 'ftp//x' }],
    }),
    'relatedMaterials.0.link',
  ],
  [
    'a material with neither link nor file',
    'focus-areas',
    () => ({ ...validData['focus-areas'](), relatedMaterials: [{ title: 'Report' }] }),
    'relatedMaterials.0.link',
  ],
  [
    'a javascript: link in rich text',
    'news-releases',
    () => ({ ...validData['news-releases'](), body: bodyWithLink('javascript:alert(1)') }),
    'body',
  ],
  [
    'a disguised java\\tscript: link in rich text',
    'news-releases',
    () => ({ ...validData['news-releases'](), body: bodyWithLink(' java\tscript:alert(1)') }),
    'body',
  ],
  [
    'a data: link in rich text',
    'focus-areas',
    () => ({
      ...validData['focus-areas'](),
      body: bodyWithLink('data:text/html,<script>alert(1)</script>'),
    }),
    'body',
  ],
  [
    'an unknown scope',
    'news-releases',
    () => ({ ...validData['news-releases'](), scope: 'galactic' }),
    'scope',
  ],
  [
    'a release time zone that is not a zone',
    'news-releases',
    () => ({ ...validData['news-releases'](), publishedAt_tz: 'Nowhere/Land' }),
    'publishedAt_tz',
  ],
]
