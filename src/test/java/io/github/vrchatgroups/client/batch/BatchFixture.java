package io.github.vrchatgroups.client.batch;

import io.github.vrchatgroups.client.RateGovernor;
import io.github.vrchatgroups.client.RetryPolicy;
import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/** A sandbox with a group its admin manages, and a fast client of the admin: what batches need. */
final class BatchFixture {
  static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  static final String ADMIN = "usr_00000000-0000-4000-8000-00000000ad01";
  static final String TOKEN = "authcookie_batch";

  private BatchFixture() {}

  static VrchatSandbox sandbox() throws IOException {
    return VrchatSandbox.start()
        .acceptAuthToken(TOKEN, ADMIN)
        .addMember(GROUP, ADMIN)
        .acceptAnyUser(true);
  }

  static VrchatGroupsClient client(VrchatSandbox sandbox) {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent("BatchTest/1.0 batch-tests@example.com")
        .authCookie(TOKEN)
        .rateGovernor(RateGovernor.unpaced())
        .retryPolicy(
            RetryPolicy.builder()
                .maxRetries(20)
                .minBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(5))
                .build())
        .build();
  }

  /** A client whose calls give up at the first failure: a 429 reaches the batch. */
  static VrchatGroupsClient clientWithoutRetries(VrchatSandbox sandbox) {
    return VrchatGroupsClient.builder()
        .baseUrl(sandbox.url())
        .userAgent("BatchTest/1.0 batch-tests@example.com")
        .authCookie(TOKEN)
        .rateGovernor(RateGovernor.unpaced())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static String user(int i) {
    return String.format("usr_00000000-0000-4000-8000-%012d", i);
  }

  static List<String> users(int count) {
    return IntStream.range(0, count).mapToObj(BatchFixture::user).toList();
  }
}
