import type { Option } from 'payload'
import { regions } from '@/documents/choices'
import { options } from '@/i18n/label'

// Labelled as the site labels them (messages/*.json, "Region").
export const regionOptions: Option[] = options('Region', regions)
