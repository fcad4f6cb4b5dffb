'use client'

import { useTranslations } from 'next-intl'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Error')
  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </div>
  )
}
