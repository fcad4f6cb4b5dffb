'use client'

import { type ReactNode, useEffect, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localTime } from '@/lib/press/localTime'

/**
 * The contact's local time, rendered by the server and kept current in the browser: a journalist who
 * leaves the press room open still sees the right time, and the "outside office hours" mark comes and
 * goes with it. Without JavaScript the server's time stays, as it was when the page was served.
 */
export function LiveLocalTime({
  timeZone,
  locale,
  time,
  inOfficeHours,
  around,
  closedNote,
}: {
  timeZone: string
  locale: Locale
  time: string
  inOfficeHours: boolean
  /** The sentence around the time, split at it: "Local time: " and " (Central European Time)". */
  around: [string, string]
  closedNote: ReactNode
}) {
  const [clock, setClock] = useState({ time, inOfficeHours })
  useEffect(() => {
    const tick = () => {
      const now = localTime(new Date(), timeZone, locale)
      if (now) setClock({ time: now.time, inOfficeHours: now.inOfficeHours })
    }
    tick()
    const timer = setInterval(tick, 15_000)
    return () => clearInterval(timer)
  }, [timeZone, locale])
  return (
    <p className={`press-card__time${clock.inOfficeHours ? '' : ' press-card__time--closed'}`}>
      {around[0]}
      <span className="press-card__clock">{clock.time}</span>
      {around[1]}
      {clock.inOfficeHours ? null : closedNote}
    </p>
  )
}
