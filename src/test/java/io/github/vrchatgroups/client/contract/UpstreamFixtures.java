package io.github.vrchatgroups.client.contract;

import java.nio.file.Path;

/** Where the community spec's snapshot, its declared disagreements and its source live. */
final class UpstreamFixtures {
  private UpstreamFixtures() {}

  /** The committed snapshot of the community spec, cut to our operations. */
  static Path snapshot() {
    return Path.of(
        System.getProperty("upstream.snapshot", "openapi/upstream/vrchatapi-specification.yaml"));
  }

  /** Every known disagreement of our contract with the snapshot, with reason and evidence. */
  static Path disagreements() {
    return snapshot().resolveSibling("disagreements.yaml");
  }

  /**
   * A checkout of {@code vrchatapi/specification} at the snapshot's commit: the copy the project is
   * handed beside its repository, unless {@code -Dupstream.checkout} names another.
   */
  static Path checkout() {
    return Path.of(
        System.getProperty("upstream.checkout", "../shared/upstream/vrchatapi-specification"));
  }
}
