package io.github.vrchatgroups.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file journal: what it accepts, what it refuses, what it reads back, and its lock. */
class FileBatchJournalTest {
  private static final String SERVER = "https://api.vrchat.cloud/api/1";
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String OTHER_GROUP = "grp_11111111-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final String OTHER_USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d470";
  private static final String HEADER = "# vrchat-groups invite journal\t" + SERVER + "\t" + GROUP;

  @TempDir Path dir;

  private BatchJournal open(Path file, String groupId) {
    return FileBatchJournal.open(file, BatchOperation.INVITE, SERVER, groupId, () -> Instant.EPOCH);
  }

  @Test
  void aClosedJournalCanBeOpenedAgainWithWhatWasRecorded() {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(UserResult.of(USER, UserOutcome.INVITED));
    }

    try (BatchJournal again = open(file, GROUP)) {
      assertThat(again.earlier(USER))
          .contains(new JournalEntry("1970-01-01T00:00:00Z", UserOutcome.INVITED, ""));
      assertThat(again.earlier(OTHER_USER)).isEmpty();
    }
  }

  @Test
  void theLastLineOfAUserCountsAndAFailureIsNotDone() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("j"),
            HEADER
                + "\nt1\t"
                + USER
                + "\tskipped_banned\tbanned\nt2\t"
                + USER
                + "\tfailed\tHTTP 500\nt3\t"
                + OTHER_USER
                + "\trate_limited\t429\n");

    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(USER)).as("failed after being skipped").isEmpty();
      assertThat(journal.earlier(OTHER_USER)).as("an older version's failure").isEmpty();
      journal.record(UserResult.of(USER, UserOutcome.ALREADY_INVITED));
    }
    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(USER).orElseThrow().outcome())
          .isEqualTo(UserOutcome.ALREADY_INVITED);
    }
  }

  @Test
  void aSecondRunOnTheSameJournalIsRefusedWhileTheFirstHoldsIt() {
    Path file = dir.resolve("users.txt.journal");
    BatchJournal first = open(file, GROUP);
    assertThatThrownBy(() -> open(file, GROUP))
        .isInstanceOf(BatchJournalException.class)
        .hasMessageContaining("is in use by another run");
    first.close();
    open(file, GROUP).close();
  }

  @Test
  void aRefusedJournalIsLetGoAtOnceSoItsOwnBatchCanOpenIt() {
    Path file = dir.resolve("users.txt.journal");
    open(file, GROUP).close();

    assertThatThrownBy(() -> open(file, OTHER_GROUP))
        .isInstanceOf(BatchJournalException.class)
        .hasMessageContaining("belongs to the invite batch of group " + GROUP + " on " + SERVER);
    try (BatchJournal own = open(file, GROUP)) {
      assertThat(own.earlier(USER)).isEmpty();
    }
  }

  @Test
  void aJournalWithoutAHeaderIsRefusedAsAnOlderVersionsBatch() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("old.journal"), "1970-01-01T00:00:00Z\t" + USER + "\tinvited\n");

    assertThatThrownBy(() -> open(file, GROUP))
        .isInstanceOf(BatchJournalException.class)
        .hasMessageContaining(
            "belongs to a batch of an older version that did not record its server and group");
  }

  @Test
  void aLineCutJustBeforeItsDetailStillMarksItsUserDone() throws IOException {
    Path file =
        Files.writeString(dir.resolve("cut.journal"), HEADER + "\nt\t" + USER + "\tinvited");

    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(USER)).contains(new JournalEntry("t", UserOutcome.INVITED, ""));
    }
  }

  @Test
  void aLineCutInItsOutcomeLeavesTheUserNotDoneAndTheNextLineStartsOnItsOwn() throws IOException {
    Path file = Files.writeString(dir.resolve("cut.journal"), HEADER + "\nt\t" + USER + "\tinvi");

    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(USER)).isEmpty();
      journal.record(UserResult.of(OTHER_USER, UserOutcome.INVITED));
    }

    assertThat(Files.readAllLines(file))
        .containsExactly(
            HEADER, "t\t" + USER + "\tinvi", "1970-01-01T00:00:00Z\t" + OTHER_USER + "\tinvited\t");
    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(OTHER_USER)).isPresent();
    }
  }

  @Test
  void aDetailIsKeptOnOneLine() throws IOException {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(
          UserResult.failed(USER, new BatchJournalException("HTTP 500\r\nupstream\tdown", null)));
    }

    assertThat(Files.readAllLines(file))
        .hasSize(2)
        .last()
        .asString()
        .startsWith("1970-01-01T00:00:00Z\t" + USER + "\tfailed\t")
        .contains("HTTP 500 upstream down")
        .doesNotContain("\r");
  }

  @Test
  void aLongLastLineWithoutItsNewlineIsReadBackWhole() throws IOException {
    String detail = "x".repeat(700) + "ǃ";
    Path file =
        Files.writeString(
            dir.resolve("long.journal"), HEADER + "\nt\t" + USER + "\tcannot_invite\t" + detail);

    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.earlier(USER))
          .contains(new JournalEntry("t", UserOutcome.CANNOT_INVITE, detail));
    }
  }

  @Test
  void aLegacyUserIdIsJournaledAndReadBackLikeAnyOther() {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(UserResult.of("8JoV9XEdpo", UserOutcome.INVITED));
    }

    try (BatchJournal again = open(file, GROUP)) {
      assertThat(again.earlier("8JoV9XEdpo")).isPresent();
      assertThat(again.earlier("8JOV9XEDPO")).isEmpty();
    }
  }

  @Test
  void readingAJournalNeedsNoLockAndChecksItsOperation() {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(UserResult.of(USER, UserOutcome.INVITED));

      assertThat(BatchJournal.readFile(file, BatchOperation.INVITE_LIFTING_BANS))
          .containsOnlyKeys(USER);
      assertThatThrownBy(() -> BatchJournal.readFile(file, BatchOperation.CANCEL_INVITE))
          .isInstanceOf(BatchJournalException.class)
          .hasMessageContaining("is not the journal of a cancel batch");
    }
    assertThatThrownBy(() -> BatchJournal.readFile(dir.resolve("none"), BatchOperation.INVITE))
        .isInstanceOf(BatchJournalException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }
}
