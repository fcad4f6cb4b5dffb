import type { Option } from 'payload'
import { options } from '@/i18n/label'

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
export const isRegion = (value: string): value is Region => (regions as readonly string[]).includes(value)

// Labelled as the site labels them (messages/*.json, "Region").
export const regionOptions: Option[] = options('Region', regions)
