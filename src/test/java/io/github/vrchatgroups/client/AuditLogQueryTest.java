package io.github.vrchatgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit-log query is checked as it is built, before anything is sent. */
class AuditLogQueryTest {
  private static final Instant T = Instant.parse("2026-11-20T18:00:00Z");

  @Test
  void aRangeThatEndsBeforeItStartsIsRefusedEitherWayItIsBuilt() {
    assertThatThrownBy(() -> AuditLogQuery.all().until(T).since(T.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("since must be set and not after until");
    assertThatThrownBy(() -> AuditLogQuery.all().since(T).until(T.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("until must be set and not before since");
    assertThatThrownBy(() -> AuditLogQuery.all().since(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditLogQuery.all().until(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRangeOfOneInstantIsAllowed() {
    AuditLogQuery query = AuditLogQuery.all().since(T).until(T);

    assertThat(query.since()).isEqualTo(T);
    assertThat(query.until()).isEqualTo(T);
    assertThat(AuditLogQuery.all().until(T).since(T).since()).isEqualTo(T);
  }

  @Test
  void aTypeOrTargetThatWouldBreakTheCommaSeparatedListIsRefusedByName() {
    assertThatThrownBy(() -> AuditLogQuery.all().eventTypes("group.member.join,group.x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("eventTypes must be");
    assertThatThrownBy(() -> AuditLogQuery.all().targets("usr_a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("targetIds must be");
    assertThatThrownBy(() -> AuditLogQuery.all().targets((String[]) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditLogQuery.all().eventTypes((String) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AuditLogQuery.all().eventTypes("a.b").targets("usr_x").targetIds())
        .containsExactly("usr_x");
  }
}
