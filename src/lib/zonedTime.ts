/** Minutes the zone is ahead of UTC at that instant (Buenos Aires: -180). */
const offsetMinutes = (instant: Date, timeZone: string): number => {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0
}

/** The instant when the wall clock in `timeZone` shows `localTime` (HH:MM), `days` days after today there. */
export const wallClockInDays = (
  days: number,
  localTime: string,
  timeZone: string,
  now = new Date(),
): Date => {
  const today = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  )
  const [hours, minutes] = localTime.split(':').map(Number)
  const asIfUtc = Date.UTC(today.year, today.month - 1, today.day + days, hours, minutes)
  // Twice: the offset may differ between the first guess and the answer around a DST change.
  const first = asIfUtc - offsetMinutes(new Date(asIfUtc), timeZone) * 60_000
  return new Date(asIfUtc - offsetMinutes(new Date(first), timeZone) * 60_000)
}
