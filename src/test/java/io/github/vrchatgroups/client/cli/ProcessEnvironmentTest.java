package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProcessEnvironmentTest {
  private static Optional<byte[]> block(String... pairs) {
    return Optional.of(String.join("\0", pairs).concat("\0").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValueTheLocaleCouldNotDecodeIsReadAgainAsUtf8() {
    Map<String, String> decoded = Map.of("VRCHAT_PASSWORD", "p\uFFFD\uFFFDss", "HOME", "/root");

    Map<String, String> repaired =
        ProcessEnvironment.repaired(
            decoded, () -> block("HOME=/root", "VRCHAT_PASSWORD=p\u00e4ss", "X=a=b"));

    assertThat(repaired)
        .containsEntry("VRCHAT_PASSWORD", "p\u00e4ss")
        .containsEntry("HOME", "/root");
  }

  @Test
  void aValueThatIsNotUtf8EitherKeepsItsReplacementCharacters() {
    byte[] latin1 = "VRCHAT_PASSWORD=p\u00e4ss\0".getBytes(StandardCharsets.ISO_8859_1);

    Map<String, String> repaired =
        ProcessEnvironment.repaired(
            Map.of("VRCHAT_PASSWORD", "p\uFFFDss"), () -> Optional.of(latin1));

    assertThat(ProcessEnvironment.unreadable(repaired.get("VRCHAT_PASSWORD"))).isTrue();
  }

  @Test
  void withoutTheEnvironmentBlockTheValueStaysUnreadable() {
    Map<String, String> repaired =
        ProcessEnvironment.repaired(Map.of("VRCHAT_PASSWORD", "p\uFFFDss"), Optional::empty);

    assertThat(repaired.get("VRCHAT_PASSWORD")).isEqualTo("p\uFFFDss");
  }

  @Test
  void aCleanEnvironmentIsNotReadAgain() {
    AtomicInteger reads = new AtomicInteger();
    Map<String, String> decoded = Map.of("VRCHAT_PASSWORD", "p\u00e4ss");

    assertThat(
            ProcessEnvironment.repaired(
                decoded,
                () -> {
                  reads.incrementAndGet();
                  return Optional.empty();
                }))
        .isSameAs(decoded);
    assertThat(reads).hasValue(0);
  }

  @Test
  void theAdviceNamesTheCharsetAndTheFix() {
    assertThat(ProcessEnvironment.unreadableAdvice("VRCHAT_PASSWORD"))
        .startsWith("VRCHAT_PASSWORD holds characters this process cannot read")
        .contains("Java decodes the environment as " + System.getProperty("sun.jnu.encoding"))
        .contains("LANG=C.UTF-8");
  }

  @Test
  void theEnvironmentIsThisProcesssOwn() {
    assertThat(ProcessEnvironment.real()).containsEntry("PATH", System.getenv("PATH"));
  }

  @Test
  void anUnreadableValueIsReadAgainFromThisProcesssEnvironmentBlock() {
    Map<String, String> repaired =
        ProcessEnvironment.repaired(Map.of("PATH", "\uFFFD"), ProcessEnvironment::procSelfEnviron);

    assertThat(repaired).containsEntry("PATH", System.getenv("PATH"));
  }

  @Test
  void theProcesssOwnContextHasItsEnvironmentAndKnowsWhetherItIsATerminal() {
    CliContext real = CliContext.real();

    assertThat(real.environment()).containsEntry("PATH", System.getenv("PATH"));
    assertThat(real.terminal()).isEqualTo(System.console() != null);
  }

  @Test
  void aLastEntryWithoutItsClosingNulIsReadToo() {
    byte[] unterminated = "HOME=/root\0VRCHAT_PASSWORD=p\u00e4ss".getBytes(StandardCharsets.UTF_8);

    Map<String, String> repaired =
        ProcessEnvironment.repaired(
            Map.of("VRCHAT_PASSWORD", "p\uFFFD\uFFFDss"), () -> Optional.of(unterminated));

    assertThat(repaired).containsEntry("VRCHAT_PASSWORD", "p\u00e4ss");
  }
}
