import type { Option } from 'payload'

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

const regionLabels: Record<Region, { en: string; ja: string; es: string }> = {
  global: { en: 'Global', ja: 'グローバル', es: 'Global' },
  asia: { en: 'Asia', ja: 'アジア', es: 'Asia' },
  'south-asia': { en: 'South Asia', ja: '南アジア', es: 'Asia meridional' },
  japan: { en: 'Japan', ja: '日本', es: 'Japón' },
  'latin-america': { en: 'Latin America', ja: 'ラテンアメリカ', es: 'América Latina' },
  africa: { en: 'Africa', ja: 'アフリカ', es: 'África' },
  europe: { en: 'Europe', ja: 'ヨーロッパ', es: 'Europa' },
  'north-america': { en: 'North America', ja: '北アメリカ', es: 'América del Norte' },
}

export const regionOptions: Option[] = regions.map((value) => ({ value, label: regionLabels[value] }))
