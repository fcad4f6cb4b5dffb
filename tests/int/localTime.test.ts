// A press contact's local time and office hours, named in the reader's language.
import { describe, expect, it } from '@jest/globals'
import { localTime } from '@/site/press/localTime'

describe('local time', () => {
  const monday10Tokyo = new Date('2026-11-23T01:00:00Z') // Monday 10:00 in Tokyo
  it('tells the time where the contact works, named in the reader’s language', () => {
    const tokyo = localTime(monday10Tokyo, 'Asia/Tokyo', 'ja')
    expect(tokyo?.time).toBe('10:00')
    expect(tokyo?.zone).toMatch(/日本/)
    expect(tokyo?.inOfficeHours).toBe(true)
    expect(localTime(monday10Tokyo, 'Europe/Zurich', 'en')?.time).toBe('2:00 AM')
  })
  it('marks evenings, nights and weekends as outside office hours', () => {
    expect(localTime(monday10Tokyo, 'Europe/Zurich', 'en')?.inOfficeHours).toBe(false)
    expect(localTime(new Date('2026-11-21T01:00:00Z'), 'Asia/Tokyo', 'en')?.inOfficeHours).toBe(
      false,
    ) // Saturday
    expect(localTime(new Date('2026-11-23T09:30:00Z'), 'Asia/Tokyo', 'en')?.inOfficeHours).toBe(
      false,
    ) // 18:30
  })
  it('gives nothing for a zone it does not know', () => {
    expect(localTime(monday10Tokyo, 'Mars/Olympus', 'en')).toBeNull()
  })
})
