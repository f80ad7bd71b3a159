package dev.tracer.coordination;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exclusive locks on files that hold between processes and between threads of one JVM. Between processes it is the
 * operating system's file lock ({@link FileChannel#lock()}): atomic, blocking without polling, and released by the
 * OS when the holder dies, so a lock file left behind never blocks anyone. A JVM may hold a file lock only once, so
 * threads of one JVM first queue on a semaphore per file.
 */
final class FileLocks {
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private FileLocks() {
    }

    /** A held lock; closing it releases the lock. */
    static final class Held implements AutoCloseable {
        private final Path file;
        private final Semaphore local;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, Semaphore local, FileChannel channel, FileLock lock) {
            this.file = file;
            this.local = local;
            this.channel = channel;
            this.lock = lock;
        }

        Path file() {
            return file;
        }

        FileChannel channel() {
            return channel;
        }

        @Override
        public void close() {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
            } catch (IOException ignored) {
                // closing the channel releases it too
            } finally {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more to release
                }
                local.release();
            }
        }
    }

    private static Semaphore local(Path file) {
        return IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Semaphore(1, true));
    }

    private static OpenOption[] options(boolean create) {
        return create
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE}
                : new OpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE};
    }

    /**
     * Takes the lock if nobody holds it.
     *
     * @param create create the file when it does not exist; otherwise a missing file gives null
     * @return the lock, or null when another thread or process holds it (or the file is gone)
     */
    static Held tryAcquire(Path file, boolean create) throws IOException {
        Semaphore local = local(file);
        if (!local.tryAcquire()) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, options(create));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                local.release();
                return null;
            }
            return new Held(file, local, channel, lock);
        } catch (NoSuchFileException e) {
            local.release();
            if (create) {
                throw e;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    /**
     * Waits for the lock, blocked in the operating system (no polling), until {@code deadlineNanos} (a
     * {@link System#nanoTime()} value).
     *
     * @param create create the file when it does not exist; otherwise a missing file gives null
     * @return the lock, or null when the file does not exist (and {@code create} is false)
     * @throws TimeoutException when the deadline passes first
     */
    static Held acquire(Path file, boolean create, long deadlineNanos)
            throws IOException, TimeoutException, InterruptedException {
        Semaphore local = local(file);
        if (!local.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException(file.toString());
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, options(create));
        } catch (NoSuchFileException e) {
            local.release();
            if (create) {
                throw e;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            local.release();
            throw e;
        }
        // FileChannel is interruptible: a watchdog interrupts the blocked lock() at the deadline.
        Thread waiter = Thread.currentThread();
        Watchdog watchdog = new Watchdog(waiter, deadlineNanos);
        watchdog.start();
        try {
            FileLock lock = channel.lock();
            watchdog.cancel();
            if (watchdog.fired()) {
                Thread.interrupted(); // fired as the lock came: the lock stands, the interrupt was ours
            }
            return new Held(file, local, channel, lock);
        } catch (FileLockInterruptionException | ClosedByInterruptException e) {
            boolean timedOut = watchdog.fired();
            watchdog.cancel();
            local.release();
            channel.close();
            if (timedOut) {
                Thread.interrupted(); // the interrupt was ours, not the caller's
                throw new TimeoutException(file.toString());
            }
            throw new InterruptedException("interrupted while waiting for " + file);
        } catch (IOException | RuntimeException e) {
            watchdog.cancel();
            local.release();
            channel.close();
            throw e;
        }
    }

    /** Interrupts a thread blocked on a lock when its deadline passes. */
    private static final class Watchdog extends Thread {
        private final Thread target;
        private final long deadlineNanos;
        private boolean cancelled;
        private boolean fired;

        Watchdog(Thread target, long deadlineNanos) {
            super("tracer-lock-watchdog");
            setDaemon(true);
            this.target = target;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void run() {
            synchronized (this) {
                long left;
                while (!cancelled && (left = deadlineNanos - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (!cancelled) {
                    fired = true;
                    target.interrupt();
                }
            }
        }

        synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }

        synchronized boolean fired() {
            return fired;
        }
    }
}
