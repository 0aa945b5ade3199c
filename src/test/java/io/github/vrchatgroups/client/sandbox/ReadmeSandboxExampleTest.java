package io.github.vrchatgroups.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.VrchatGroupsClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's sandbox example, compiled and run here, and checked to be the text the README shows.
 */
class ReadmeSandboxExampleTest {

  @Test
  void readmeExample() throws Exception {
    // snippet start
    try (VrchatSandbox sandbox = VrchatSandbox.start()) {
      String group = "grp_00000000-0000-0000-0000-000000000000";
      String user = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
      sandbox.acceptAuthToken("authcookie_test").addGroup(group).addUser(user, "Tupper");
      VrchatGroupsClient client =
          VrchatGroupsClient.builder()
              .baseUrl(sandbox.url())
              .authCookie("authcookie_test")
              .userAgent("MyGroupBot/1.2 admin@example.com")
              .build();

      client.inviteUser(group, user);

      assertThat(sandbox.pendingInvites(group)).containsExactly(user);
    }
    // snippet end
  }

  @Test
  void theReadmeShowsExactlyThisExample() throws IOException {
    String source =
        Files.readString(
            Path.of(
                "src/test/java/io/github/vrchatgroups/client/sandbox/ReadmeSandboxExampleTest.java"));
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher snippet =
        Pattern.compile("// snippet start\\n(.*?)\\n\\s*// snippet end", Pattern.DOTALL)
            .matcher(source);
    Matcher shown =
        Pattern.compile("<!-- sandbox-example -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(snippet.find()).isTrue();
    assertThat(shown.find())
        .as("README.md has the sandbox example after <!-- sandbox-example -->")
        .isTrue();

    assertThat(shown.group(1)).isEqualTo(snippet.group(1).stripIndent());
  }
}
