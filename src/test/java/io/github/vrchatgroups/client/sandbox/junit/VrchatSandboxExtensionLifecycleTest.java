package io.github.vrchatgroups.client.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension's life cycle over a whole test class, run by JUnit's own engine: one sandbox for
 * the class, set up afresh before each test, closed after the last; time back at its origin.
 */
class VrchatSandboxExtensionLifecycleTest {
  static final List<String> seen = new CopyOnWriteArrayList<>();
  static final List<VrchatSandbox> sandboxes = new CopyOnWriteArrayList<>();
  static final List<VrchatGroupsClient> clients = new CopyOnWriteArrayList<>();

  @VrchatSandboxTest(authToken = "authcookie_00000000-0000-4000-8000-0000000000aa")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TwoTests {
    static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";

    @Test
    @Order(1)
    void first(VrchatSandbox sandbox, VrchatGroupsClient client, VirtualTime time) {
      sandboxes.add(sandbox);
      clients.add(client);
      sandbox.addGroup(GROUP).acceptAnyUser(true);
      client.inviteUser(GROUP, "usr_00000000-0000-4000-8000-000000000001");
      time.advance(Duration.ofMinutes(5));
      seen.add("first: " + sandbox.pendingInvites(GROUP).size() + " " + time.elapsed());
    }

    @Test
    @Order(2)
    void second(VrchatSandbox sandbox, VirtualTime time) {
      sandboxes.add(sandbox);
      seen.add(
          "second: "
              + sandbox.pendingInvites(GROUP).size()
              + " "
              + sandbox.requests().size()
              + " "
              + time.elapsed()
              + " "
              + sandbox.acceptedAuthTokens());
    }
  }

  /** Not a test of its own: what a class without the annotation gets from the extension. */
  @org.junit.jupiter.api.extension.ExtendWith(VrchatSandboxExtension.class)
  static class WithoutTheAnnotation {
    @Test
    void defaults(VrchatSandbox sandbox) {
      seen.add("defaults: " + sandbox.acceptedAuthTokens());
    }

    @Test
    void aStringIsNotInjected(String notMine) {}
  }

  @Test
  void oneSandboxPerClassIsSetUpAfreshBeforeEachTestAndClosedAfterTheLast() {
    seen.clear();
    sandboxes.clear();
    clients.clear();

    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TwoTests.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2).failed(0));

    assertThat(seen)
        .containsExactly(
            "first: 1 PT5M", "second: 0 0 PT0S [authcookie_00000000-0000-4000-8000-0000000000aa]");
    assertThat(sandboxes.get(0)).isSameAs(sandboxes.get(1));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    java.net.http.HttpClient.newHttpClient()
                        .send(
                            java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(sandboxes.get(0).url() + "/auth"))
                                .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())))
        .as("the sandbox is closed with the class")
        .isInstanceOf(java.io.IOException.class);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> clients.get(0).listInvites(TwoTests.GROUP)))
        .as("and so is its client")
        .hasRootCauseMessage("the client is closed; build a new one");
  }

  /** Not a test of its own: a class whose set-up before all tests already sees the sandbox. */
  @VrchatSandboxTest(authToken = "authcookie_00000000-0000-4000-8000-0000000000bb")
  static class BeforeAllTests {
    @org.junit.jupiter.api.BeforeAll
    static void before(VrchatSandbox sandbox) {
      seen.add("before all: " + sandbox.acceptedAuthTokens());
    }

    @Test
    void test() {}
  }

  @Test
  void aSetUpBeforeAllTestsFindsTheSandboxAlreadySetUp() {
    seen.clear();

    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BeforeAllTests.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1).failed(0));

    assertThat(seen)
        .containsExactly("before all: [authcookie_00000000-0000-4000-8000-0000000000bb]");
  }

  @Test
  void withoutTheAnnotationTheDefaultsApplyAndOnlyItsOwnTypesAreInjected() {
    seen.clear();

    var results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(WithoutTheAnnotation.class))
            .execute()
            .testEvents();

    results.assertStatistics(stats -> stats.succeeded(1).failed(1));
    assertThat(
            results.failed().stream()
                .findFirst()
                .orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow())
        .hasMessageStartingWith("No ParameterResolver registered for parameter [java.lang.String");
    assertThat(seen).containsExactly("defaults: [authcookie_00000000-0000-4000-8000-00000000face]");
  }

  @Test
  void virtualTimeMovesOnlyWhenToldAndStartsAtItsOrigin() {
    VirtualTime time = new VirtualTime();

    time.sleep(Duration.ofSeconds(3));
    time.advance(Duration.ofMillis(500));

    assertThat(time.elapsed()).isEqualTo(Duration.ofMillis(3500));
    assertThat(time.nanoTime()).isEqualTo(3_500_000_000L);
    assertThat(time.now()).isEqualTo(java.time.Instant.parse("2026-01-01T00:00:03.500Z"));
    time.reset();
    assertThat(time.elapsed()).isZero();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> time.advance(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
