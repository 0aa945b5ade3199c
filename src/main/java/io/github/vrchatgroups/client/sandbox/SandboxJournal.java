package io.github.vrchatgroups.client.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Every API request since the last reset, in the order they arrived. */
final class SandboxJournal {
  private final List<SandboxRequest> requests = new ArrayList<>();

  synchronized void record(SandboxRequest request) {
    requests.add(request);
  }

  synchronized List<SandboxRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized void clear() {
    requests.clear();
  }
}
