import { getTranslation } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { I18nClient } from '@payloadcms/translations'
import { translatedLocales } from '@/i18n/locales'
import { adminT } from '@/i18n/adminT'
import { defaultLocale, localeNames } from '@/i18n/locales'
import { queryTranslationWork } from '@/admin/translationWork'
import './translationStatus.css'

// Enough to start the day's work; the rest are one filter away in each list.
const SHOWN = 25

/** On the dashboard: per language, the documents whose translation is outdated or missing. */
export async function TranslationWork({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user: TypedUser | null
  i18n: I18nClient
}) {
  if (!user) return null
  const work = await queryTranslationWork(payload, user)
  const t = adminT(i18n.t)
  const adminRoute = payload.config.routes.admin
  return (
    <section className="translation-work" aria-labelledby="translation-work-title">
      <h2 id="translation-work-title">{t('beacon:workTitle')}</h2>
      <p>{t('beacon:workIntro')}</p>
      <div className="translation-work__languages">
        {translatedLocales.map((locale) => {
          const tasks = work[locale]
          const outdated = tasks.filter((task) => task.state === 'outdated').length
          return (
            <div key={locale} data-locale={locale} className="translation-work__language">
              <h3 lang={locale}>{localeNames()[locale]}</h3>
              {tasks.length === 0 ? (
                <p>{t('beacon:workNone')}</p>
              ) : (
                <>
                  <p>{t('beacon:workCounts', { outdated, missing: tasks.length - outdated })}</p>
                  <ul>
                    {tasks.slice(0, SHOWN).map((task) => (
                      <li key={`${task.collection}-${task.id}`} data-state={task.state}>
                        <span className={`translation-badge translation-badge--${task.state}`}>
                          {t(`beacon:${task.state}`)}
                        </span>{' '}
                        <a
                          href={`${adminRoute}/collections/${task.collection}/${task.id}?locale=${locale}`}
                          lang={task.titleLocale ?? undefined}
                        >
                          {task.title}
                        </a>{' '}
                        {task.titleLocale === defaultLocale && (
                          <small className="translation-work__in-english">
                            {t('beacon:workTitleInEnglish')}
                          </small>
                        )}{' '}
                        <small>
                          (
                          {getTranslation(
                            payload.collections[task.collection].config.labels.singular,
                            i18n,
                          )}
                          )
                        </small>
                      </li>
                    ))}
                  </ul>
                  {tasks.length > SHOWN && (
                    <p>{t('beacon:workMore', { count: tasks.length - SHOWN })}</p>
                  )}
                </>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
