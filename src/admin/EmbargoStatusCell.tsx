'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { adminT } from '@/i18n/adminT'
import { embargoUntilText } from '@/admin/embargo'
import type { NewsRelease } from '@/payload-types'
import './embargo.css'

/**
 * The releases list's status column: Payload's draft or published, and, while a published (or
 * draft) release is under embargo, until when, so an embargoed release does not look live.
 */
export function EmbargoStatusCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { t, i18n } = useTranslation()
  const until = embargoUntilText(rowData as Partial<NewsRelease>, i18n.language)
  const status =
    cellData === 'published'
      ? t('version:published')
      : cellData === 'draft'
        ? t('version:draft')
        : null
  return (
    <span className="embargo-status">
      {status}
      {until && (
        <>
          {status && ' '}
          <span className="embargo-mark" data-embargoed="true">
            {adminT(t)('beacon:embargoedUntil', { until })}
          </span>
        </>
      )}
    </span>
  )
}
