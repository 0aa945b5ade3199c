package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vrchatgroups.client.auth.TwoFactorCode;
import io.github.vrchatgroups.client.auth.TwoFactorMethod;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.batch.BatchOperation;
import io.github.vrchatgroups.client.batch.GroupBatch;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.testing.FaultInjectingServer;
import io.github.vrchatgroups.client.testing.FaultInjectingServer.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's promise, walked: every public call of the client and the login, answered with
 * statuses and bodies the SDK does not expect, either returns or fails with a {@link
 * VrchatApiException}, never anything else, and no message shows the token or the password.
 */
class FailureContractTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String TOKEN = "authcookie_5ecre7-70ken";
  private static final String PASSWORD = "hunter2-s3cret";
  private static final String JSON = "application/json";

  private static FaultInjectingServer server;
  private static VrchatGroupsClient client;
  private static VrchatLogin login;
  private static GroupBans bans;
  private static VrchatOptions options;

  @BeforeAll
  static void start() throws IOException {
    server = FaultInjectingServer.start();
    client =
        VrchatGroupsClient.builder()
            .baseUrl(server.url())
            .userAgent("ContractWalk/1.0 t@example.invalid")
            .authCookie(TOKEN)
            .readTimeout(Duration.ofSeconds(2))
            .maxRetries(0)
            // Hundreds of calls in a row: the walk is about answers, not about the pace.
            .rateGovernor(RateGovernor.unpaced())
            .build();
    options =
        VrchatOptions.builder()
            .baseUrl(server.url())
            .userAgent("ContractWalk/1.0 t@example.invalid")
            .readTimeout(Duration.ofSeconds(2))
            .retryPolicy(RetryPolicy.none())
            .rateGovernor(RateGovernor.unpaced())
            .build();
    login = VrchatLogin.builder().options(options).build();
    bans = client.readBans(GROUP); // answered with nothing: a group that bans nobody
  }

  @AfterAll
  static void stop() throws IOException {
    client.close();
    login.close();
    server.close();
  }

  private static void batch(BatchOperation operation) {
    GroupBatch.builder(client, GROUP, operation)
        .build()
        .run(java.util.stream.Stream.of(USER, "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d470"));
  }

  private static Map<String, Runnable> calls() {
    Session session = new Session(TOKEN, null);
    return Map.ofEntries(
        Map.entry("inviteUser", () -> client.inviteUser(GROUP, USER)),
        Map.entry("inviteUser with bans", () -> client.inviteUser(GROUP, USER, bans)),
        Map.entry("inviteUserLiftingBan", () -> client.inviteUserLiftingBan(GROUP, USER)),
        Map.entry("getMembership", () -> client.getMembership(GROUP, USER)),
        Map.entry("streamBans", () -> client.streamBans(GROUP).forEach(ban -> {})),
        Map.entry("readBans", () -> client.readBans(GROUP)),
        Map.entry("streamJoinRequests", () -> client.streamJoinRequests(GROUP).count()),
        Map.entry(
            "streamBlockedJoinRequests", () -> client.streamBlockedJoinRequests(GROUP).count()),
        Map.entry("acceptJoinRequest", () -> client.acceptJoinRequest(GROUP, USER)),
        Map.entry("acceptJoinRequest with bans", () -> client.acceptJoinRequest(GROUP, USER, bans)),
        Map.entry("rejectJoinRequest", () -> client.rejectJoinRequest(GROUP, USER, true)),
        Map.entry(
            "streamAuditLog",
            () ->
                client
                    .streamAuditLog(
                        GROUP, AuditLogQuery.all().since(java.time.Instant.EPOCH).eventTypes("a.b"))
                    .count()),
        Map.entry("listInvites", () -> client.listInvites(GROUP)),
        Map.entry("listInvites page", () -> client.listInvites(GROUP, 10, 0)),
        Map.entry("cancelInvite", () -> client.cancelInvite(GROUP, USER)),
        Map.entry("declineInvite", () -> client.declineInvite(GROUP, true)),
        Map.entry("login", () -> login.login("bot", PASSWORD.toCharArray(), methods -> totp())),
        Map.entry("whoAmI", () -> login.whoAmI(session)),
        Map.entry("isValid", () -> login.isValid(session)),
        Map.entry("logout", () -> login.logout(session)),
        // A batch turns each user's failure into a result, and throws only what its first read got.
        Map.entry("a batch of invites", () -> batch(BatchOperation.INVITE)),
        Map.entry("a batch of cancels", () -> batch(BatchOperation.CANCEL_INVITE)),
        Map.entry("a batch of rejects", () -> batch(BatchOperation.REJECT_JOIN_REQUEST)),
        // A keeper logs in on its first call, then sends the call with the new session.
        Map.entry(
            "a kept session's first call",
            () -> {
              try (io.github.vrchatgroups.client.session.SessionKeeper keeper =
                      io.github.vrchatgroups.client.session.SessionKeeper.builder()
                          .options(options)
                          .credentials(
                              io.github.vrchatgroups.client.session.LoginCredentials.of(
                                  "bot", PASSWORD::toCharArray, methods -> totp()))
                          .build();
                  VrchatGroupsClient kept = keeper.client()) {
                kept.listInvites(GROUP);
              }
            }));
  }

  private static TwoFactorCode totp() {
    return new TwoFactorCode(TwoFactorMethod.TOTP, "123456");
  }

  private static Map<String, Supplier<Fault[]>> answers() {
    Map<String, String> json = Map.of("Content-Type", JSON);
    Map<String, Supplier<Fault[]>> answers = new java.util.LinkedHashMap<>();
    answers.put(
        "200 HTML",
        () -> faults(Fault.response(200, Map.of("Content-Type", "text/html"), "<html>hi</html>")));
    answers.put("200 an array of numbers", () -> faults(Fault.response(200, json, "[1,2]")));
    answers.put("200 null", () -> faults(Fault.response(200, json, "null")));
    answers.put("200 empty", () -> faults(Fault.status(200)));
    answers.put("204", () -> faults(Fault.status(204)));
    answers.put(
        "301", () -> faults(Fault.response(301, Map.of("Location", "http://example.com/"), "")));
    answers.put("400 error null", () -> faults(Fault.response(400, json, "{\"error\":null}")));
    answers.put(
        "403 message a number",
        () -> faults(Fault.response(403, json, "{\"error\":{\"message\":5}}")));
    answers.put("404 unknown text", () -> faults(Fault.jsonError(404, "Gone fishing")));
    answers.put("418", () -> faults(Fault.status(418)));
    answers.put(
        "503 Retry-After garbage",
        () -> faults(Fault.response(503, Map.of("Retry-After", "soon"), "")));
    answers.put(
        "500 HTML",
        () -> faults(Fault.response(500, Map.of("Content-Type", "text/html"), "<h1>oops</h1>")));
    answers.put("body cut short", () -> faults(Fault.cutBody(200, 100, "{\"id\":")));
    answers.put("reset", () -> faults(Fault.resetBeforeResponse()));
    answers.put(
        "a second factor nobody knows",
        () ->
            faults(
                Fault.withHeaderLines(
                    200,
                    List.of("Set-Cookie: auth=" + TOKEN),
                    "{\"requiresTwoFactorAuth\":[\"webauthn\"]}")));
    answers.put(
        "second factors that are not a list",
        () ->
            faults(
                Fault.withHeaderLines(
                    200,
                    List.of("Set-Cookie: auth=" + TOKEN),
                    "{\"requiresTwoFactorAuth\":\"totp\"}")));
    answers.put(
        "a quoted blank auth cookie",
        () -> faults(Fault.withHeaderLines(200, List.of("Set-Cookie: auth=\" \""), "{}")));
    answers.put(
        "a code verified as a string",
        () ->
            faults(
                Fault.withHeaderLines(
                    200,
                    List.of("Set-Cookie: auth=" + TOKEN),
                    "{\"requiresTwoFactorAuth\":[\"totp\"]}"),
                Fault.response(200, json, "{\"verified\":\"yes\"}")));
    return answers;
  }

  private static Fault[] faults(Fault... faults) {
    return faults;
  }

  static Stream<Arguments> everyCallAgainstEveryAnswer() {
    List<Arguments> cases = new ArrayList<>();
    answers()
        .forEach(
            (answer, faults) ->
                calls().forEach((call, run) -> cases.add(Arguments.of(call, answer, run, faults))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("everyCallAgainstEveryAnswer")
  void everyPublicCallEitherReturnsOrFailsWithAVrchatApiException(
      String call, String answer, Runnable run, Supplier<Fault[]> faults) {
    // Whatever a call leaves unread must not answer the next one: the script is the next requests'.
    server.enqueue(faults.get());

    Throwable failure = catchThrowable(run::run);
    server.drain();

    if (failure != null) {
      assertThat(failure).as("%s answered %s", call, answer).isInstanceOf(VrchatApiException.class);
      assertThat(failure.getMessage()).doesNotContain(TOKEN).doesNotContain(PASSWORD);
      assertThat(((VrchatApiException) failure).getRecovery()).isNotNull();
    }
  }
}
