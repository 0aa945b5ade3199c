package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import io.github.vrchatgroups.client.errors.AlreadyInvitedException;
import io.github.vrchatgroups.client.errors.AlreadyMemberException;
import io.github.vrchatgroups.client.errors.ApiConnectionException;
import io.github.vrchatgroups.client.errors.BadRequestException;
import io.github.vrchatgroups.client.errors.CannotInviteException;
import io.github.vrchatgroups.client.errors.FirewallBlockedException;
import io.github.vrchatgroups.client.errors.ForbiddenException;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.NotFoundException;
import io.github.vrchatgroups.client.errors.NotGroupMemberException;
import io.github.vrchatgroups.client.errors.NotInvitedException;
import io.github.vrchatgroups.client.errors.RateLimitedException;
import io.github.vrchatgroups.client.errors.UnauthorizedException;
import io.github.vrchatgroups.client.errors.UnknownRouteException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.errors.WrongCredentialsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one mapping from an SDK failure to what a user of the command line reads. */
class FailureReportTest {
  private static ApiConnectionException broken(boolean sent, int attempts, IOException cause) {
    return new ApiConnectionException(sent, attempts, new IOException("wrapped", cause));
  }

  @Test
  void eachConnectionFailureIsNamedByWhatHappenedAndWhereWithoutAJavaClass() {
    String api = "https://api.example.com/api/1";

    assertThat(FailureReport.of(broken(false, 1, new UnknownHostException("x")), api).detail())
        .isEqualTo("cannot find the host api.example.com:443; nothing was sent");
    assertThat(FailureReport.of(broken(false, 4, new ConnectException("refused")), api).detail())
        .isEqualTo(
            "cannot connect to api.example.com:443 (connection refused); nothing was sent, 4 attempts");
    assertThat(FailureReport.of(broken(false, 1, new ConnectTimeoutException("t")), api).detail())
        .isEqualTo("cannot connect to api.example.com:443 in time; nothing was sent");
    assertThat(FailureReport.of(broken(true, 1, new SocketTimeoutException("t")), api).detail())
        .isEqualTo(
            "no complete answer from api.example.com:443 in time; VRChat may have acted on the"
                + " request: check before sending it again");
    assertThat(
            FailureReport.of(
                    new ApiConnectionException(true, 2, new SocketTimeoutException("t"), false),
                    api)
                .detail())
        .isEqualTo(
            "no complete answer from api.example.com:443 in time; a read, which changed"
                + " nothing, 2 attempts");
    assertThat(
            FailureReport.of(
                    broken(
                        false,
                        1,
                        io.github.vrchatgroups.client.internal.TlsHandshakeException.of(
                            "api.example.com",
                            new SSLHandshakeException(
                                "PKIX path building failed: unable to find valid certification"
                                    + " path"))),
                    api)
                .detail())
        .isEqualTo(
            "no secure connection to api.example.com:443: the server's certificate is not trusted,"
                + " or not for this host; nothing was sent");
    assertThat(
            FailureReport.of(
                    broken(
                        false,
                        1,
                        io.github.vrchatgroups.client.internal.TlsHandshakeException.of(
                            "api.example.com", new SSLHandshakeException("handshake_failure"))),
                    api)
                .detail())
        .isEqualTo(
            "no secure connection to api.example.com:443: the TLS handshake failed; nothing"
                + " was sent");
    assertThat(FailureReport.of(broken(false, 1, new SSLHandshakeException("t")), api).detail())
        .isEqualTo("no secure connection to api.example.com:443; nothing was sent");
    assertThat(
            FailureReport.of(
                    broken(
                        false,
                        1,
                        io.github.vrchatgroups.client.internal.TlsHandshakeException.of(
                            "api.example.com",
                            new javax.net.ssl.SSLException(
                                "Unsupported or unrecognized SSL message"))),
                    api)
                .detail())
        .isEqualTo(
            "no secure connection to api.example.com:443: the port speaks plain http: use http://"
                + " for it; nothing was sent");
    assertThat(
            FailureReport.of(broken(true, 1, new IOException("reset")), "http://127.0.0.1:9")
                .detail())
        .startsWith("the connection to 127.0.0.1:9 broke");
    assertThat(
            FailureReport.of(broken(false, 1, new ConnectException("x")), "the embedded sandbox")
                .detail())
        .startsWith("cannot connect to the embedded sandbox");
  }

  @Test
  void aCauseFoundBeneathItsOwnCauseStillNamesWhatHappened() {
    SSLHandshakeException handshake = new SSLHandshakeException("t");
    handshake.initCause(new IOException("remote host terminated the handshake"));

    assertThat(FailureReport.of(broken(false, 1, handshake), "https://a.example").detail())
        .startsWith("no secure connection to a.example:443");
  }

  @Test
  void aConnectionFailureWithoutACauseIsABrokenConnection() {
    ApiConnectionException failure = new ApiConnectionException(true, 1, null);

    assertThat(FailureReport.of(failure, "http://127.0.0.1:9").detail())
        .startsWith("the connection to 127.0.0.1:9 broke; VRChat may have acted on the request");
  }

  @Test
  void aCallOnAClosedClientSaysTheConnectionWasAlreadyClosedAndNothingWasSent() {
    VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .baseUrl("http://127.0.0.1:9")
            .userAgent("FailureReportTest/1.0 t@example.invalid")
            .authCookie("authcookie_closed")
            .build();
    client.close();

    ApiConnectionException failure =
        catchThrowableOfType(
            ApiConnectionException.class,
            () -> client.listInvites("grp_00000000-0000-0000-0000-000000000000"));

    assertThat(FailureReport.of(failure, "http://127.0.0.1:9").detail())
        .isEqualTo("the connection to 127.0.0.1:9 was already closed; nothing was sent");
  }

  @Test
  void eachRecognisedAnswerIsItsOwnOutcomeAndEverythingElseIsAFailure() {
    Map<VrchatApiException, Outcome> expected = new LinkedHashMap<>();
    expected.put(new AlreadyMemberException("m", "", 1), Outcome.ALREADY_MEMBER);
    expected.put(new AlreadyInvitedException("m", "", 1), Outcome.ALREADY_INVITED);
    expected.put(new CannotInviteException("m", "", 1), Outcome.CANNOT_INVITE);
    expected.put(new GroupNotFoundException("m", "", 1), Outcome.GROUP_NOT_FOUND);
    expected.put(new UnauthorizedException("m", "", 1), Outcome.NOT_AUTHENTICATED);
    expected.put(new RateLimitedException("m", "", 1, null), Outcome.RATE_LIMITED);
    expected.put(new FirewallBlockedException("m", "", 1, "13799"), Outcome.FIREWALL_BLOCKED);
    expected.put(new UnknownRouteException("m", "", 1), Outcome.WRONG_BASE_URL);
    expected.put(new NotGroupMemberException("m", "", 1), Outcome.NOT_A_MEMBER);
    expected.put(new NotInvitedException("m", "", 1), Outcome.NOT_INVITED);
    expected.put(new BadRequestException("m", "", 1), Outcome.FAILED);
    expected.put(new ForbiddenException("m", "", 1), Outcome.FAILED);
    expected.put(new NotFoundException("m", "", 1), Outcome.FAILED);
    expected.put(new ApiConnectionException(true, 1, null), Outcome.FAILED);

    expected.forEach(
        (failure, outcome) ->
            assertThat(Outcome.of(failure))
                .as(failure.getClass().getSimpleName())
                .isEqualTo(outcome));
  }

  @Test
  void anAnswerKeepsTheSdksWordsAndItsOutcome() {
    FailureReport report =
        FailureReport.of(new GroupNotFoundException("Can't find group\u01C3", "", 1), "x");

    assertThat(report.outcome()).isEqualTo(Outcome.GROUP_NOT_FOUND);
    assertThat(report.line()).isEqualTo("group not found (HTTP 404: Can't find group\u01C3)");
    assertThat(report.fix()).isEqualTo(Outcome.GROUP_NOT_FOUND.fix);
  }

  @Test
  void aLoginsRefusedCredentialsAreAWrongPassword() {
    FailureReport report =
        FailureReport.ofLogin(
            new WrongCredentialsException("Invalid Username/Email or Password", "", 1), "x");

    assertThat(report.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
    assertThat(report.detail()).startsWith("wrong username or password (HTTP 401");
    assertThat(report.fix()).isNull();
  }

  @Test
  void anyOtherUnauthorizedDuringALoginIsNotCalledAWrongPassword() {
    FailureReport report =
        FailureReport.ofLogin(new UnauthorizedException("\"Missing Credentials\"", "", 1), "x");

    assertThat(report.outcome()).isEqualTo(Outcome.NOT_AUTHENTICATED);
    assertThat(report.detail())
        .startsWith("VRChat ended the half-open session")
        .doesNotContain("wrong username");
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8089, http://localhost:8089/, true",
    "http://127.0.0.1:8089, http://127.0.0.1:8089/api/1, true",
    "https://api.vrchat.cloud/api/1, https://API.vrchat.cloud:443/api/1/, true",
    "http://example.com, http://example.com:80, true",
    "http://127.0.0.1:8089, https://127.0.0.1:8089, false",
    "http://127.0.0.1:8089, http://127.0.0.1:8090, false",
    "http://127.0.0.1:8089, not a url, false",
    "http://a b, http://a b, false",
    "relative/path, relative/path, false",
    "mailto:ops@example.com, mailto:ops@example.com, false",
    "https://a.example, https://b.example, false"
  })
  void aServerIsTheSameWhateverItsPathOrItsLoopbackName(String a, String b, boolean same) {
    assertThat(SameServer.as(a, b)).isEqualTo(same);
  }

  @Test
  void noUrlIsNoServer() {
    assertThat(SameServer.as(null, null)).isFalse();
    assertThat(SameServer.origin(null)).isNull();
  }
}
