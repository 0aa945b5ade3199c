package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.internal.ErrorBodies.ErrorBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {
  private static ErrorBody read(String body) {
    return ErrorBodies.read(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theDocumentedEnvelopeGivesItsMessageExactly() {
    assertThat(read("{\"error\":{\"message\":\"Can't find group\u01C3\",\"status_code\":404}}"))
        .isEqualTo(new ErrorBody("Can't find group\u01C3", false, null));
  }

  @Test
  void theFirewallsWafCodeIsKeptAsSent() {
    assertThat(read("{\"error\":{\"message\":\"m\",\"status_code\":403,\"waf_code\":13799}}"))
        .isEqualTo(new ErrorBody("m", false, "13799"));
    assertThat(read("{\"error\":{\"status_code\":403,\"waf_code\":\"X\"}}"))
        .isEqualTo(new ErrorBody(null, false, "X"));
    assertThat(read("{\"error\":{\"message\":\"m\",\"waf_code\":null}}").wafCode()).isNull();
  }

  @Test
  void aBareStringErrorIsMarkedAsSuch() {
    assertThat(read("{\"error\":\"Not Found\",\"status_code\":404}"))
        .isEqualTo(new ErrorBody("Not Found", true, null));
  }

  @Test
  void bodiesWithoutAnErrorCarryNothing() {
    assertThat(read("<html><body>502 Bad Gateway</body></html>")).isEqualTo(ErrorBody.NONE);
    assertThat(read("")).isEqualTo(ErrorBody.NONE);
    assertThat(read("[1,2]")).isEqualTo(ErrorBody.NONE);
    assertThat(read("{\"message\":\"x\"}")).isEqualTo(ErrorBody.NONE);
    assertThat(read("{\"error\":{\"message\":42}}")).isEqualTo(new ErrorBody(null, false, null));
  }

  @Test
  void aLongMessageIsShortenedWithoutSplittingASurrogatePair() {
    String message = "x".repeat(ErrorBodies.MAX_MESSAGE_CHARS - 1) + "\uD83D\uDE00tail";
    ErrorBody body = read("{\"error\":{\"message\":\"" + message + "\"}}");

    assertThat(body.message())
        .isEqualTo("x".repeat(ErrorBodies.MAX_MESSAGE_CHARS - 1) + "…")
        .hasSize(ErrorBodies.MAX_MESSAGE_CHARS);
  }

  @Test
  void anExcerptIsOneLineAndAtMostThreeHundredCharacters() {
    assertThat(ErrorBodies.excerpt("  a\r\n\tb  ".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("a b");
    String excerpt = ErrorBodies.excerpt("y".repeat(5000).getBytes(StandardCharsets.UTF_8));
    assertThat(excerpt).isEqualTo("y".repeat(ErrorBodies.MAX_EXCERPT_CHARS) + "…");
    assertThat(ErrorBodies.excerpt("y".repeat(300).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("y".repeat(300));
    assertThat(ErrorBodies.excerpt("y".repeat(1201).getBytes(StandardCharsets.UTF_8)))
        .endsWith("…")
        .hasSize(301);
  }

  @Test
  void anExcerptMarksABodyCutAfterItsFirstTwelveHundredBytesEvenWhenTheRestIsWhitespace() {
    String exactlyRead = "a" + " ".repeat(1198) + "b";
    assertThat(ErrorBodies.excerpt(exactlyRead.getBytes(StandardCharsets.UTF_8))).isEqualTo("a b");

    String longer = "y".repeat(300) + " ".repeat(901);
    assertThat(ErrorBodies.excerpt(longer.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("y".repeat(300) + "…");
  }
}
