package io.github.vrchatgroups.client.bench;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the calls a client reported as failed although the server had answered them: the invite
 * was delivered, the caller was told it was not. Eight threads share one client against the
 * loopback server, which counts every request it read and answered; with retries off, each call is
 * one request, so {@code answered - succeeded} calls were delivered but reported failed.
 */
final class DeliveredButFailed {
  private static final int THREADS = 8;

  /** One client's tally. */
  record Tally(String client, long calls, long succeeded, long failed, long answered) {
    long deliveredButReportedFailed() {
      return answered - succeeded;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %d | %d |%n",
          client,
          calls,
          failed,
          deliveredButReportedFailed(),
          answered);
    }
  }

  /** One call of a client; throws when the client reports a failure. */
  interface Call {
    void invite() throws Exception;
  }

  private DeliveredButFailed() {}

  static Tally facade(long calls) throws Exception {
    try (LoopbackInviteServer server = new LoopbackInviteServer(false);
        VrchatGroupsClient client =
            VrchatGroupsClient.builder()
                .baseUrl(server.url())
                .authCookie(InviteBenchmarks.TOKEN)
                .userAgent(InviteBenchmarks.USER_AGENT)
                .maxRetries(0)
                .build()) {
      return run(
          "facade",
          calls,
          server,
          () -> client.inviteUser(InviteBenchmarks.GROUP, InviteBenchmarks.USER));
    }
  }

  static Tally jdkHttpClient(long calls) throws Exception {
    try (LoopbackInviteServer server = new LoopbackInviteServer(false)) {
      HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI uri = URI.create(server.url() + "/groups/" + InviteBenchmarks.GROUP + "/invites");
      return run(
          "jdkHttpClient",
          calls,
          server,
          () -> {
            HttpRequest request =
                HttpRequest.newBuilder(uri)
                    .header("Cookie", "auth=" + InviteBenchmarks.TOKEN)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", InviteBenchmarks.USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(InviteBenchmarks.BODY))
                    .build();
            if (jdk.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200) {
              throw new IllegalStateException("unexpected status");
            }
          });
    }
  }

  private static Tally run(String name, long calls, LoopbackInviteServer server, Call call)
      throws Exception {
    AtomicLong succeeded = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong left = new AtomicLong(calls);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        workers.add(
            pool.submit(
                () -> {
                  while (left.getAndDecrement() > 0) {
                    try {
                      call.invite();
                      succeeded.incrementAndGet();
                    } catch (Exception e) {
                      if (failed.incrementAndGet() <= 3) {
                        System.err.println(name + " failed a call: " + e);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    // The server counts a request once its response is written: give the last ones a moment.
    Thread.sleep(200);
    return new Tally(name, calls, succeeded.get(), failed.get(), server.answered());
  }
}
