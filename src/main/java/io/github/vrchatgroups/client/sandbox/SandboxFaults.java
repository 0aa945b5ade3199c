package io.github.vrchatgroups.client.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The armed faults, in the order armed: each takes the next matching requests until its count is
 * spent. Stalled requests wait on a latch that a reset releases; closing interrupts them.
 */
final class SandboxFaults {
  private static final class Armed {
    final SandboxOperation operation;
    final SandboxFault fault;
    int remaining;

    Armed(SandboxOperation operation, SandboxFault fault, int times) {
      this.operation = operation;
      this.fault = fault;
      this.remaining = times;
    }
  }

  private final List<Armed> armed = new ArrayList<>();
  private volatile CountDownLatch stallRelease = new CountDownLatch(1);

  synchronized void arm(SandboxOperation operation, int times, SandboxFault fault) {
    armed.add(new Armed(operation, fault, times));
  }

  /** The fault for a request of {@code operation} ({@code null}: not one of the four), if any. */
  synchronized SandboxFault take(SandboxOperation operation) {
    for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
      Armed next = it.next();
      if (next.operation.matches(operation)) {
        if (--next.remaining == 0) {
          it.remove();
        }
        return next.fault;
      }
    }
    return null;
  }

  /** The faults still armed: operation, what it does, how many requests it still takes. */
  synchronized List<Map<String, Object>> list() {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Armed each : armed) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("operation", each.operation.name().toLowerCase(java.util.Locale.ROOT));
      entry.put("fault", each.fault.toString());
      entry.put("remaining", each.remaining);
      list.add(entry);
    }
    return list;
  }

  /**
   * Waits as a stalled request does: until a reset, at most ten minutes, or until the thread is
   * interrupted (the sandbox closing), whose interrupt it keeps.
   */
  void stall() {
    try {
      stallRelease.await(10, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    }
  }

  /** Disarms everything and releases stalled requests. */
  synchronized void clear() {
    armed.clear();
    stallRelease.countDown();
    stallRelease = new CountDownLatch(1);
  }
}
