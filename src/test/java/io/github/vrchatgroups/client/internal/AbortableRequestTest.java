package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;

/** Cancelling a request stops what is under way, once, whenever the cancel comes. */
class AbortableRequestTest {
  private final AbortableRequest request =
      new AbortableRequest("GET", new HttpHost("127.0.0.1", 9), "/auth");

  private static final class Counting implements Cancellable {
    final AtomicInteger cancels = new AtomicInteger();
    final boolean answer;

    Counting(boolean answer) {
      this.answer = answer;
    }

    @Override
    public boolean cancel() {
      cancels.incrementAndGet();
      return answer;
    }
  }

  @Test
  void aCancelBeforeAnythingIsUnderWayIsRecordedAndTheNextStepIsCancelledAtOnce() {
    assertThat(request.cancel()).isTrue();
    assertThat(request.isCancelled()).isTrue();

    Counting lease = new Counting(true);
    request.setDependency(lease);

    assertThat(lease.cancels).hasValue(1);
  }

  @Test
  void aCancelStopsTheStepUnderWayAndSaysWhetherItStopped() {
    Counting connection = new Counting(false);
    request.setDependency(new Counting(true));
    request.setDependency(connection);

    assertThat(request.cancel()).isFalse();
    assertThat(connection.cancels).hasValue(1);
  }

  @Test
  void aSecondCancelDoesNothing() {
    Counting connection = new Counting(true);
    request.setDependency(connection);

    assertThat(request.cancel()).isTrue();
    assertThat(request.cancel()).isFalse();
    assertThat(connection.cancels).hasValue(1);
    assertThat(request.isCancelled()).isTrue();
  }

  @Test
  void aRequestNeverCancelledIsNotCancelled() {
    request.setDependency(new Counting(true));

    assertThat(request.isCancelled()).isFalse();
  }
}
