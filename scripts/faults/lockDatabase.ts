import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'

// SQLite's WAL-index locks: write, checkpoint, recover and the five read marks, bytes 120 to 127 of
// the -shm file. Another process holding them all (as a stuck backup or a broken disk would leave
// them) makes every read and write of the database fail with a locking error. Python, because Node
// has no call for POSIX byte-range locks.
const holdLocks = `
import fcntl, os, sys
fd = os.open(sys.argv[1] + '-shm', os.O_RDWR)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 8, 120)
print('locked', flush=True)
sys.stdin.read()
`

/** Makes a SQLite database (WAL mode) unusable until the returned function is called. */
export const lockDatabase = async (file: string): Promise<() => Promise<void>> => {
  const locker: ChildProcess = spawn('python3', ['-c', holdLocks, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const [chunk] = (await once(locker.stdout!, 'data')) as [Buffer]
  if (!chunk.toString().includes('locked')) throw new Error('could not lock the database')
  return async () => {
    locker.stdin!.end()
    if (locker.exitCode === null) await once(locker, 'exit')
  }
}
