// p50, p95 and p99 of a set of timings in milliseconds (nearest rank), to one decimal.
export type Percentiles = { p50: number; p95: number; p99: number }

export const percentiles = (samples: number[]): Percentiles => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => {
    if (sorted.length === 0) return NaN
    const value =
      sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
    return Math.round(value * 10) / 10
  }
  return { p50: at(50), p95: at(95), p99: at(99) }
}
