package io.github.vrchatgroups.client.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's API guard (src/build/ApiGuard.java), run the way Maven runs it, as a program of its
 * own, on jars of a small module compiled here: what it lets through and what it stops.
 */
class ApiGuardTest {
  private static final String GREETER =
      """
      package demo.api;
      public class Greeter {
        public String hello() { return "hello"; }
        public String bye() { return "bye"; }
      }
      """;
  private static final String LISTENER =
      """
      package demo.api;
      public interface Listener {
        void heard(String word);
      }
      """;
  private static final String HELPER =
      """
      package demo.internal;
      public class Helper {
        public int help() { return 1; }
      }
      """;

  @TempDir Path dir;

  private ApiGuardRun guard() {
    return new ApiGuardRun(dir, dir.resolve("demo.api"));
  }

  /** The module after a change, as version 2. */
  private Path changed(String greeter, String listener, String helper) throws IOException {
    return DemoModule.jar(dir.resolve("v2"), greeter, listener, helper);
  }

  /** The module with one public method made package-private: gone from the API. */
  private Path byeNoLongerPublic() throws IOException {
    return changed(GREETER.replace("public String bye()", "String bye()"), LISTENER, HELPER);
  }

  private Path released() throws IOException {
    Path jar = DemoModule.jar(dir.resolve("v1"), GREETER, LISTENER, HELPER);
    assertThat(guard().run(jar, "0.1.0-SNAPSHOT", "--update").exitCode()).isZero();
    return jar;
  }

  @Test
  void theSameApiPasses() throws IOException {
    Path jar = released();

    BuildProgram.Result result = guard().run(jar, "0.1.1-SNAPSHOT");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).isEmpty();
  }

  @Test
  void removingAPublicMethodFailsNamingIt() throws IOException {
    released();
    Path changed = byeNoLongerPublic();

    BuildProgram.Result result = guard().run(changed, "0.1.1-SNAPSHOT");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("removed or changed (incompatible)")
        .contains("method public java.lang.String demo.api.Greeter.bye()")
        .contains("version 0.1.1-SNAPSHOT may not break the API of 0.1.0")
        .contains("0.2.0-SNAPSHOT");
  }

  @Test
  void changingAPublicSignatureFailsNamingTheOldOne() throws IOException {
    released();
    Path changed = changed(GREETER.replace("hello() {", "hello(String name) {"), LISTENER, HELPER);

    BuildProgram.Result result = guard().run(changed, "0.1.1-SNAPSHOT");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("incompatible")
        .contains("demo.api.Greeter.hello()")
        .contains("demo.api.Greeter.hello(java.lang.String)");
  }

  @Test
  void recordingAnIncompatibleChangeIsRefusedUnlessTheVersionSaysSo() throws IOException {
    released();
    String before = Files.readString(dir.resolve("demo.api"));
    Path changed = byeNoLongerPublic();

    BuildProgram.Result refused = guard().run(changed, "0.1.1-SNAPSHOT", "--update");
    String afterRefusal = Files.readString(dir.resolve("demo.api"));
    BuildProgram.Result recorded = guard().run(changed, "0.2.0-SNAPSHOT", "--update");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(afterRefusal).isEqualTo(before);
    assertThat(recorded.exitCode()).as(recorded.output()).isZero();
    assertThat(Files.readString(dir.resolve("demo.api")))
        .doesNotContain("Greeter.bye()")
        .contains("# baseline 0.1.0");
    assertThat(guard().run(changed, "0.2.0-SNAPSHOT").exitCode()).isZero();
  }

  @Test
  void anInternalChangePasses() throws IOException {
    released();
    Path changed = changed(GREETER, LISTENER, HELPER.replace("public int help()", "long help2()"));

    BuildProgram.Result result = guard().run(changed, "0.1.1-SNAPSHOT");

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Test
  void anAddedMethodFailsUntilItIsRecordedForReview() throws IOException {
    released();
    Path changed =
        changed(
            GREETER.replace(
                "public String bye()",
                "public String wave() { return \"o/\"; }\n public String bye()"),
            LISTENER,
            HELPER);

    BuildProgram.Result unrecorded = guard().run(changed, "0.1.1-SNAPSHOT");
    BuildProgram.Result recorded = guard().run(changed, "0.1.1-SNAPSHOT", "--update");

    assertThat(unrecorded.exitCode()).isEqualTo(1);
    assertThat(unrecorded.output())
        .contains("added:")
        .contains("demo.api.Greeter.wave()")
        .doesNotContain("incompatible")
        .contains("-Dapi.update=true");
    assertThat(recorded.exitCode()).as(recorded.output()).isZero();
    assertThat(Files.readString(dir.resolve("demo.api"))).contains("demo.api.Greeter.wave()");
  }

  @Test
  void anAbstractMethodAddedToAnInterfaceUsersImplementIsIncompatible() throws IOException {
    released();
    Path changed =
        changed(
            GREETER,
            LISTENER.replace("void heard(String word);", "void heard(String word);\n void lost();"),
            HELPER);

    BuildProgram.Result result = guard().run(changed, "0.1.1-SNAPSHOT", "--update");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .contains("abstract methods added to types users may implement (incompatible)")
        .contains("demo.api.Listener.lost()");
  }

  @Test
  void beforeTheBaselineIsReleasedItsApiMayStillChangeWhenRecorded() throws IOException {
    released();
    Path changed = byeNoLongerPublic();

    BuildProgram.Result unrecorded = guard().run(changed, "0.1.0-SNAPSHOT");
    BuildProgram.Result recorded = guard().run(changed, "0.1.0-SNAPSHOT", "--update");

    assertThat(unrecorded.exitCode()).isEqualTo(1);
    assertThat(unrecorded.output()).contains("and version 0.1.0-SNAPSHOT allows it");
    assertThat(recorded.exitCode()).as(recorded.output()).isZero();
  }

  @Test
  void aReleaseMovesTheBaseline() throws IOException {
    Path jar = released();

    BuildProgram.Result result = guard().run(jar, "0.2.0", "--update", "--baseline", "0.2.0");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(Files.readString(dir.resolve("demo.api"))).contains("# baseline 0.2.0");
  }
}
