package io.github.vrchatgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file itself: what it accepts, what it refuses, and that it lets go of its lock. */
class BatchJournalTest {
  private static final String SERVER = "https://api.vrchat.cloud/api/1";
  private static final String GROUP = "grp_00000000-0000-0000-0000-000000000000";
  private static final String OTHER_GROUP = "grp_11111111-0000-0000-0000-000000000000";
  private static final String USER = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  @TempDir Path dir;

  private BatchJournal open(Path file, String groupId)
      throws IOException, BatchJournal.RefusedException {
    return BatchJournal.open(file, BatchAction.INVITE, SERVER, groupId, CLOCK);
  }

  @Test
  void aClosedJournalCanBeOpenedAgainWithWhatWasRecorded() throws Exception {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(USER, Outcome.INVITED, "");
    }

    try (BatchJournal again = open(file, GROUP)) {
      assertThat(again.entries()).containsOnlyKeys(USER);
      assertThat(again.entries().get(USER).outcome()).isEqualTo(Outcome.INVITED);
    }
  }

  @Test
  void aRefusedJournalIsLetGoAtOnceSoItsOwnBatchCanOpenIt() throws Exception {
    Path file = dir.resolve("users.txt.journal");
    open(file, GROUP).close();

    assertThatThrownBy(() -> open(file, OTHER_GROUP))
        .isInstanceOf(BatchJournal.RefusedException.class);
    try (BatchJournal own = open(file, GROUP)) {
      assertThat(own.entries()).isEmpty();
    }
  }

  @Test
  void aJournalWithoutAHeaderIsRefusedAsAnOlderVersionsBatch() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("old.journal"), "1970-01-01T00:00:00Z\t" + USER + "\tinvited\n");

    assertThatThrownBy(() -> open(file, GROUP))
        .isInstanceOf(BatchJournal.RefusedException.class)
        .hasMessageContaining(
            "belongs to a batch of an older version that did not record its server and group");
  }

  @Test
  void aLineCutJustBeforeItsDetailStillMarksItsUserDone() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("cut.journal"),
            BatchJournal.HEADER_PREFIX
                + SERVER
                + "\t"
                + GROUP
                + "\n1970-01-01T00:00:00Z\t"
                + USER
                + "\tinvited");

    try (BatchJournal journal = open(file, GROUP)) {
      assertThat(journal.entries().get(USER))
          .isEqualTo(new BatchJournal.Entry("1970-01-01T00:00:00Z", Outcome.INVITED, ""));
    }
  }

  @Test
  void aDetailIsKeptOnOneLine() throws Exception {
    Path file = dir.resolve("users.txt.journal");
    try (BatchJournal journal = open(file, GROUP)) {
      journal.record(USER, Outcome.FAILED, "HTTP 500\r\nupstream\tdown");
    }

    assertThat(Files.readAllLines(file))
        .containsExactly(
            BatchJournal.HEADER_PREFIX + SERVER + "\t" + GROUP,
            "1970-01-01T00:00:00Z\t" + USER + "\tfailed\tHTTP 500 upstream down");
  }
}
