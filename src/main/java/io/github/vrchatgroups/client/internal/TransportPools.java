package io.github.vrchatgroups.client.internal;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One connection pool per options value: every client and login made from the same {@code
 * VrchatOptions} holds a lease on the same transport, which closes when the last lease is released.
 */
final class TransportPools {
  private static final Map<Object, Shared> POOLS = new IdentityHashMap<>();

  private static final class Shared {
    final ApacheHttpTransport transport;
    int leases;

    Shared(ApacheHttpTransport transport) {
      this.transport = transport;
    }
  }

  /** A hold on a transport; {@link #release()} once. */
  static final class Lease {
    private final Object key;
    private final ApacheHttpTransport transport;
    private boolean released;

    private Lease(Object key, ApacheHttpTransport transport) {
      this.key = key;
      this.transport = transport;
    }

    ApacheHttpTransport transport() {
      return transport;
    }

    /** Gives the transport back; the last lease closes it. Later calls do nothing. */
    void release() {
      synchronized (POOLS) {
        if (released) {
          return;
        }
        released = true;
        Shared shared = POOLS.get(key);
        if (shared != null && shared.transport == transport && --shared.leases > 0) {
          return;
        }
        POOLS.remove(key);
      }
      try {
        transport.close();
      } catch (IOException e) {
        // Closing idle sockets: nothing the caller could do about a failure.
      }
    }
  }

  private TransportPools() {}

  static Lease lease(ClientSettings settings) {
    synchronized (POOLS) {
      Shared shared =
          POOLS.computeIfAbsent(
              settings.poolKey(),
              key ->
                  new Shared(
                      new ApacheHttpTransport(
                          settings.baseUrl(), settings.connectTimeout(), settings.readTimeout())));
      shared.leases++;
      return new Lease(settings.poolKey(), shared.transport);
    }
  }
}
