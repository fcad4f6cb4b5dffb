'use client'

import { type ReactNode, useEffect, useState } from 'react'
import type { Locale } from '@/i18n/locales'
import { localTime } from '@/site/press/localTime'

type Clock = { time: string; inOfficeHours: boolean }

/**
 * The contact's local time, kept current in the browser: a journalist who leaves the page open
 * still sees the right time, and the "outside office hours" mark comes and goes with it.
 *
 * Pages rendered per request (the press room) pass the server's time, which stays without
 * JavaScript. Pages served from cache (a release, days after it was rendered) pass none, since
 * that time would be stale: they show the zone's name until the browser fills in the time.
 */
export function LiveLocalTime({
  timeZone,
  locale,
  initial,
  around,
  zoneOnly,
  closedNote,
}: {
  timeZone: string
  locale: Locale
  /** The time as the server rendered it, or null where the page is cached. */
  initial: Clock | null
  /** The sentence around the time, split at it: "Local time: " and " (Central European Time)". */
  around: [string, string]
  /** Shown while the time is unknown: "Time zone: Central European Time". */
  zoneOnly: string
  closedNote: ReactNode
}) {
  const [clock, setClock] = useState(initial)
  useEffect(() => {
    const tick = () => {
      const now = localTime(new Date(), timeZone, locale)
      if (now) setClock({ time: now.time, inOfficeHours: now.inOfficeHours })
    }
    tick()
    const timer = setInterval(tick, 15_000)
    return () => clearInterval(timer)
  }, [timeZone, locale])
  if (!clock) return <p className="press-card__time">{zoneOnly}</p>
  return (
    <p className={`press-card__time${clock.inOfficeHours ? '' : ' press-card__time--closed'}`}>
      {around[0]}
      <span className="press-card__clock">{clock.time}</span>
      {around[1]}
      {clock.inOfficeHours ? null : closedNote}
    </p>
  )
}
