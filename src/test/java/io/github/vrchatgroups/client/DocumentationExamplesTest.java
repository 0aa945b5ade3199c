package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vrchatgroups.client.auth.Totp;
import io.github.vrchatgroups.client.auth.TwoFactorPrompt;
import io.github.vrchatgroups.client.auth.VrchatLogin;
import io.github.vrchatgroups.client.errors.GroupNotFoundException;
import io.github.vrchatgroups.client.errors.VrchatApiException;
import io.github.vrchatgroups.client.sandbox.VrchatSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the README and of {@code docs/} runs here, word for word: each is marked
 * {@code <!-- example: name -->} in the page and is the block between {@code // example: name} and
 * {@code // end of example} in a test; a page whose example drifted, or a Java block without a
 * mark, fails the build.
 */
class DocumentationExamplesTest {
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final Pattern PAGE_BLOCK =
      Pattern.compile("(<!-- example: ([\\w-]+) -->\\n)?```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern TEST_BLOCK =
      Pattern.compile("// example: ([\\w-]+)\\n(.*?)\\n[ \\t]*// end of example", Pattern.DOTALL);

  private static final String BANNED = "usr_00000000-0000-4000-8000-0000000000ba";

  private final List<String> invited = new ArrayList<>();
  private final List<String> answered = new ArrayList<>();
  private final List<String> later = new ArrayList<>();
  private final List<String> banned = new ArrayList<>();

  @Test
  void theOptionsAndClientExampleBuildsAClientWithoutSendingAnything() {
    // example: options-and-client
    VrchatOptions options =
        VrchatOptions.builder()
            .userAgent("MyGroupBot/1.2 admin@example.com") // required: name/version and a contact
            .build();
    VrchatGroupsClient client =
        VrchatGroupsClient.builder()
            .options(options)
            .authCookie(System.getenv("VRCHAT_AUTH")) // the auth cookie's value, without "auth="
            .build();
    // end of example

    assertThat(client.toString()).contains(VrchatOptions.DEFAULT_BASE_URL);
    client.close();
  }

  /** The README's handling of a failure by its recovery, for one invite. */
  private void invite(VrchatGroupsClient client, String groupId, String userId) {
    // example: recovery
    try {
      switch (client.inviteUser(groupId, userId)) {
        case INVITED -> invited.add(userId);
        case SKIPPED_BANNED -> banned.add(userId); // nothing sent: an invite would lift the ban
      }
    } catch (VrchatApiException e) {
      switch (e.getRecovery()) {
        case FINAL -> answered.add(userId); // already a member, already invited, can't invite
        case RETRY_LATER -> later.add(userId); // rate limited, server or network trouble
        case LOG_IN_AGAIN, FIX_SETTINGS -> throw e; // every other invite would fail the same way
      }
    }
    // end of example
  }

  @Test
  void theRecoveryExampleSortsTheAnswers() throws IOException {
    try (VrchatSandbox sandbox =
            VrchatSandbox.start()
                .acceptAuthToken("authcookie_t")
                .addGroup(GROUP)
                .addUser(USER, "T")
                .addUser(BANNED, "B")
                .addBannedUser(GROUP, BANNED);
        VrchatGroupsClient client =
            VrchatGroupsClient.builder()
                .baseUrl(sandbox.url())
                .authCookie("authcookie_t")
                .userAgent("Docs/1.0 docs@example.invalid")
                .maxRetries(0)
                .build()) {
      invite(client, GROUP, USER);
      invite(client, GROUP, USER);
      invite(client, GROUP, BANNED);
      sandbox.rateLimit(1, java.time.Duration.ofHours(1), false).exhaustRateLimit();
      invite(client, GROUP, "usr_00000000-0000-4000-8000-000000000009");

      assertThat(invited).containsExactly(USER);
      assertThat(answered).containsExactly(USER);
      assertThat(banned).containsExactly(BANNED);
      assertThat(sandbox.bannedUsers(GROUP)).containsExactly(BANNED);
      assertThat(later).containsExactly("usr_00000000-0000-4000-8000-000000000009");
      sandbox.reset().acceptAuthToken("authcookie_t");
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> invite(client, GROUP, USER)))
          .isInstanceOf(GroupNotFoundException.class);
    }
  }

  @Test
  void theLoginExampleLogsInAndInvitesThroughTheLoginsClient() throws IOException {
    String secret = "JBSWY3DPEHPK3PXP";
    String botId = "usr_00000000-0000-4000-8000-0000000000b0";
    try (VrchatSandbox sandbox =
        VrchatSandbox.start()
            .addAccount("groupbot", "pw", botId, "Group Bot")
            .requireTotp("groupbot", secret)
            .addMember(GROUP, botId)
            .addUser(USER, "Tupper")) {
      VrchatOptions options =
          VrchatOptions.builder()
              .baseUrl(sandbox.url())
              .userAgent("MyGroupBot/1.2 admin@example.com")
              .build();
      char[] password = "pw".toCharArray();
      String totpSecret = secret;
      String groupId = GROUP;
      String userId = USER;

      // example: log-in
      try (VrchatLogin login = VrchatLogin.create(options)) {
        Session session =
            login.login(
                "groupbot", password, TwoFactorPrompt.totp(Totp.fromBase32Secret(totpSecret)));
        try (VrchatGroupsClient client = login.client(session)) {
          client.inviteUser(groupId, userId);
        }
      }
      // end of example

      assertThat(sandbox.pendingInvites(GROUP)).containsExactly(USER);
    }
  }

  @Test
  void theSandboxExampleRunsAsAJUnitTest() throws IOException {
    // example: sandbox-test
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
    // end of example
  }

  /** Every marked block of the tests, by name. */
  static Map<String, String> testBlocks() throws IOException {
    Map<String, String> blocks = new HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher block = TEST_BLOCK.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (block.find()) {
          blocks.put(block.group(1), block.group(2).stripIndent());
        }
      }
    }
    return blocks;
  }

  /** What is wrong with the Java examples of one page: unmarked, unknown or drifted ones. */
  static List<String> problems(String page, Map<String, String> tests) {
    List<String> problems = new ArrayList<>();
    Matcher block = PAGE_BLOCK.matcher(page);
    while (block.find()) {
      String name = block.group(2);
      if (name == null) {
        problems.add(
            "a Java block without an example mark: "
                + block.group(3).lines().findFirst().orElse(""));
      } else if (!tests.containsKey(name)) {
        problems.add("example '" + name + "' is in no test");
      } else if (!tests.get(name).equals(block.group(3))) {
        problems.add("example '" + name + "' differs from its test");
      }
    }
    return problems;
  }

  @Test
  void everyJavaExampleOfTheDocumentationIsTheTestedCode() throws IOException {
    Map<String, String> tests = testBlocks();
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      problems(Files.readString(page, StandardCharsets.UTF_8), tests)
          .forEach(problem -> problems.add(page + ": " + problem));
    }

    assertThat(problems).isEmpty();
    assertThat(problems(Files.readString(Path.of("README.md")), tests)).isEmpty();
    assertThat(Files.readString(Path.of("README.md")))
        .contains("<!-- example: junit-extension -->");
  }

  @Test
  void aDriftedOrUnmarkedExampleIsFound() {
    Map<String, String> tests = Map.of("a", "int x = 1;");

    assertThat(problems("<!-- example: a -->\n```java\nint x = 2;\n```", tests))
        .containsExactly("example 'a' differs from its test");
    assertThat(problems("```java\nint y;\n```", tests))
        .containsExactly("a Java block without an example mark: int y;");
  }
}
