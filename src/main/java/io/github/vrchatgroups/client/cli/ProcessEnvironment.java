package io.github.vrchatgroups.client.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The environment as the user wrote it. The JVM decodes environment variables with the locale's
 * charset, so without a UTF-8 locale (cron, systemd, many containers: {@code LANG} unset or {@code
 * C}) a non-ASCII password arrives with U+FFFD in place of each byte it could not read, and VRChat
 * would call the right password wrong. Where that happened, the value is read again from the
 * process's own environment block ({@code /proc/self/environ} on Linux) as UTF-8; a value that is
 * still unreadable keeps its U+FFFD, which {@link #unreadable} tells the commands to refuse.
 */
final class ProcessEnvironment {
  static final char REPLACEMENT = '\uFFFD';

  private ProcessEnvironment() {}

  /** The process's environment, values the JVM could not decode read again as UTF-8. */
  static Map<String, String> real() {
    return repaired(System.getenv(), ProcessEnvironment::procSelfEnviron);
  }

  /**
   * {@code decoded} with every value that holds U+FFFD replaced by its UTF-8 reading in {@code
   * rawBlock} (NUL-separated {@code NAME=value} bytes), where that reading is valid UTF-8.
   */
  static Map<String, String> repaired(
      Map<String, String> decoded, Supplier<Optional<byte[]>> rawBlock) {
    if (decoded.values().stream().noneMatch(ProcessEnvironment::unreadable)) {
      return decoded;
    }
    Map<String, String> utf8 = rawBlock.get().map(ProcessEnvironment::parse).orElse(Map.of());
    Map<String, String> repaired = new HashMap<>(decoded);
    decoded.forEach(
        (name, value) -> {
          if (unreadable(value) && utf8.containsKey(name)) {
            repaired.put(name, utf8.get(name));
          }
        });
    return Map.copyOf(repaired);
  }

  /** Whether a value still holds a character the JVM could not decode. */
  static boolean unreadable(String value) {
    return value != null && value.indexOf(REPLACEMENT) >= 0;
  }

  /**
   * What to tell a user whose variable could not be read: the charset the JVM used, and the fix.
   */
  static String unreadableAdvice(String variable) {
    return variable
        + " holds characters this process cannot read: Java decodes the environment as "
        + System.getProperty("sun.jnu.encoding", "the locale's charset")
        + " because the locale is not UTF-8 (LANG="
        + Optional.ofNullable(System.getenv("LANG")).orElse("unset")
        + ", LC_ALL="
        + Optional.ofNullable(System.getenv("LC_ALL")).orElse("unset")
        + "); run it with LANG=C.UTF-8, or type the value at the prompt";
  }

  /**
   * The block's {@code NAME=value} entries. ISO-8859-1 maps each byte to one char and back, so the
   * entries are split as bytes and each value is then read as strict UTF-8.
   */
  private static Map<String, String> parse(byte[] block) {
    Map<String, String> values = new HashMap<>();
    for (String entry : new String(block, StandardCharsets.ISO_8859_1).split("\0")) {
      String[] pair = entry.split("=", 2);
      if (pair.length == 2 && !pair[0].isEmpty()) {
        String name =
            new String(pair[0].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        strictUtf8(pair[1].getBytes(StandardCharsets.ISO_8859_1))
            .ifPresent(value -> values.put(name, value));
      }
    }
    return values;
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  /** This process's environment block as the kernel keeps it, where the platform has one. */
  static Optional<byte[]> procSelfEnviron() {
    try {
      return Optional.of(Files.readAllBytes(Path.of("/proc/self/environ")));
    } catch (IOException | UnsupportedOperationException | SecurityException unavailable) {
      return Optional.empty();
    }
  }
}
