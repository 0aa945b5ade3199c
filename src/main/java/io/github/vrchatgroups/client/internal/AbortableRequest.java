package io.github.vrchatgroups.client.internal;

import java.util.concurrent.atomic.AtomicMarkableReference;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.concurrent.CancellableDependency;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

/**
 * A request addressed by host and path, without building a {@code URI}, that HttpClient can abort:
 * it registers what is under way (the connection lease, then the connection) through {@link
 * #setDependency}, and {@link #cancel} closes it, waking the thread blocked on it.
 */
final class AbortableRequest extends BasicClassicHttpRequest implements CancellableDependency {
  private static final long serialVersionUID = 1L;

  // The mark records that the request was cancelled; the reference is what a cancel must stop.
  private final transient AtomicMarkableReference<Cancellable> dependency =
      new AtomicMarkableReference<>(null, false);

  AbortableRequest(String method, HttpHost host, String path) {
    super(method, host, path);
  }

  @Override
  public void setDependency(Cancellable cancellable) {
    Cancellable current = dependency.getReference();
    if (!dependency.compareAndSet(current, cancellable, false, false)) {
      cancellable.cancel();
    }
  }

  @Override
  public boolean isCancelled() {
    return dependency.isMarked();
  }

  @Override
  public boolean cancel() {
    while (!dependency.isMarked()) {
      Cancellable current = dependency.getReference();
      if (dependency.compareAndSet(current, current, false, true)) {
        return current == null || current.cancel();
      }
    }
    return false;
  }
}
