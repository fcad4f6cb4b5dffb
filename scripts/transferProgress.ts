import type { Progress } from '../src/transfer/format'

/** One line per step, redrawn in place on a terminal, with a count and a bar. */
export const printProgress = (): Progress & { done: () => void } => {
  let current = ''
  const tty = process.stdout.isTTY
  const progress = ((step: string, done: number, total: number) => {
    const width = 24
    const filled = total ? Math.round((done / total) * width) : width
    const line = `  ${step.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`
    if (tty) {
      if (current && current !== step) process.stdout.write('\n')
      process.stdout.write(`\r${line}`)
    } else if (done === total) console.log(line)
    current = step
  }) as Progress & { done: () => void }
  progress.done = () => {
    if (tty && current) process.stdout.write('\n')
  }
  return progress
}
