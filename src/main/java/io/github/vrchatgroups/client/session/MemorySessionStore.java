package io.github.vrchatgroups.client.session;

import io.github.vrchatgroups.client.Session;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** {@link SessionStore#inMemory()}. */
final class MemorySessionStore implements SessionStore {
  private final AtomicReference<Session> saved = new AtomicReference<>();

  @Override
  public Optional<Session> load() {
    return Optional.ofNullable(saved.get());
  }

  @Override
  public void save(Session session) {
    saved.set(session);
  }

  @Override
  public String toString() {
    return "SessionStore.inMemory()";
  }
}
