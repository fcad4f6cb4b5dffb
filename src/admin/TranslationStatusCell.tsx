'use client'
import type { DefaultCellComponentProps } from 'payload'
import { TranslationBadges } from './TranslationBadges'

/** The list views' translation column. */
export function TranslationStatusCell({ cellData }: DefaultCellComponentProps) {
  return <TranslationBadges record={cellData} />
}
