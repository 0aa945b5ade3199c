package io.github.vrchatgroups.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Aborts a call that outlives its deadline. One daemon thread checks every watched call each tick,
 * so watching a call costs a set insertion instead of a scheduled timer task per call. Precision is
 * one tick. The thread exits after a second without calls and starts again on demand.
 */
final class Watchdog {
  private static final long IDLE_EXIT_NANOS = 1_000_000_000L;

  private final long tickNanos;
  private final Set<Watch> active = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();

  Watchdog(long tickNanos) {
    this.tickNanos = tickNanos;
  }

  /**
   * Starts watching a call; close the watch when the call is over.
   *
   * @param deadlineNanos when, on {@link System#nanoTime()}'s scale, the call must be over
   * @param abort what stops the call, run on the watchdog's thread at most once, never after close
   */
  Watch watch(long deadlineNanos, Runnable abort) {
    Watch watch = new Watch(abort, deadlineNanos);
    active.add(watch);
    if (running.compareAndSet(false, true)) {
      Thread thread = new Thread(this::run, "vrchat-groups-client-watchdog");
      thread.setDaemon(true);
      thread.start();
    }
    return watch;
  }

  private void run() {
    long idleSince = System.nanoTime();
    while (true) {
      LockSupport.parkNanos(tickNanos);
      long now = System.nanoTime();
      expireDue(now);
      if (!active.isEmpty()) {
        idleSince = now;
      } else if (now - idleSince > IDLE_EXIT_NANOS) {
        running.set(false);
        // A call that started while this thread was stopping either sees it stopped and starts a
        // new one, or this thread sees the call and carries on.
        if (active.isEmpty() || !running.compareAndSet(false, true)) {
          return;
        }
      }
    }
  }

  /**
   * Aborts every watched call whose deadline has passed. A method of its own, called each tick,
   * rather than inline in the thread's endless loop: a frame that never returns is never replaced
   * when the class is redefined (as mutation testing does), so the check must start afresh.
   */
  private void expireDue(long now) {
    for (Watch watch : active) {
      if (now - watch.deadlineNanos >= 0) {
        watch.expire();
      }
    }
  }

  /** One watched call. */
  final class Watch implements AutoCloseable {
    private final Runnable abort;
    private final long deadlineNanos;
    private boolean closed;
    private boolean expired;

    private Watch(Runnable abort, long deadlineNanos) {
      this.abort = abort;
      this.deadlineNanos = deadlineNanos;
    }

    private synchronized void expire() {
      active.remove(this);
      if (!closed) {
        expired = true;
        abort.run();
      }
    }

    /** Whether the deadline passed and the call was aborted for it. */
    synchronized boolean expired() {
      return expired;
    }

    /** Stops watching: from now on the call is never aborted. */
    @Override
    public synchronized void close() {
      closed = true;
      active.remove(this);
    }
  }
}
