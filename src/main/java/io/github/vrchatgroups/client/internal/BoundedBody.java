package io.github.vrchatgroups.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit; past it the rest is dropped and the connection is given up.
 */
record BoundedBody(byte[] bytes, boolean truncated) {

  static BodySubscriber<BoundedBody> subscriber(int maxBytes) {
    return new Collector(maxBytes);
  }

  private static final class Collector implements BodySubscriber<BoundedBody> {
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    Collector(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<BoundedBody> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        int room = maxBytes - buffer.size();
        int take = Math.min(room, item.remaining());
        byte[] chunk = new byte[take];
        item.get(chunk);
        buffer.write(chunk, 0, take);
        if (item.hasRemaining()) {
          subscription.cancel();
          result.complete(new BoundedBody(buffer.toByteArray(), true));
          return;
        }
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(new BoundedBody(buffer.toByteArray(), false));
    }
  }
}
