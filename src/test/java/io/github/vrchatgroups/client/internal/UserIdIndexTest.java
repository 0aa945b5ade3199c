package io.github.vrchatgroups.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compact index keeps every user apart, however it stores them, through every growth. */
class UserIdIndexTest {
  private static String user(int i) {
    return String.format("usr_%08x-0000-4000-8000-%012d", i * 2654435761L & 0xffffffffL, i);
  }

  @Test
  void aHundredThousandUsersKeepTheirOwnValuesThroughEveryGrowth() {
    UserIdIndex index = UserIdIndex.map();
    for (int i = 0; i < 100_000; i++) {
      assertThat(index.put(user(i), i)).isTrue();
    }

    assertThat(index.size()).isEqualTo(100_000);
    for (int i = 0; i < 100_000; i++) {
      assertThat(index.get(user(i), -1)).isEqualTo(i);
    }
    assertThat(index.get(user(100_000), -1)).isEqualTo(-1);
  }

  @Test
  void theTableDoublesWhenItWouldBeMoreThanThreeQuartersFullAndNotBefore() {
    UserIdIndex index = UserIdIndex.set();
    for (int i = 0; i < 48; i++) {
      index.put(user(i), 0);
    }
    assertThat(index.capacity()).isEqualTo(64);

    index.put(user(48), 0);
    assertThat(index.capacity()).isEqualTo(128);
    index.put(user(48), 0);
    assertThat(index.capacity()).as("a user put again takes no slot").isEqualTo(128);
  }

  @Test
  void putAgainReplacesTheValueAndSaysTheUserWasKnown() {
    UserIdIndex index = UserIdIndex.map();
    index.put(user(1), 10);

    assertThat(index.put(user(1), 20)).isFalse();
    assertThat(index.get(user(1), -1)).isEqualTo(20);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void aSetHoldsItsMembersWithoutValuesAndTheNilIdIsAMemberLikeAnyOther() {
    UserIdIndex set = UserIdIndex.set();
    String nil = "usr_00000000-0000-0000-0000-000000000000";

    assertThat(set.put(user(1), 42)).isTrue();
    assertThat(set.put(nil, 7)).isTrue();
    assertThat(set.put(nil, 7)).isFalse();

    assertThat(set.get(user(1), -1)).isZero();
    assertThat(set.get(nil, -1)).isZero();
    assertThat(set.get(user(2), -1)).isEqualTo(-1);
    assertThat(set.size()).isEqualTo(2);
  }

  @Test
  void anIdThatIsNotVrchatsLowerCaseFormIsAUserOfItsOwn() {
    UserIdIndex index = UserIdIndex.map();
    String lower = "usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d469";
    String upper = "usr_C1644B5B-3CA4-45B4-97C6-A2A0DE70D469";

    index.put(lower, 1);
    index.put(upper, 2);
    index.put("8JoV9XEdpo", 3);
    index.put("8JOV9XEDPO", 4);

    assertThat(index.size()).isEqualTo(4);
    assertThat(index.get(lower, -1)).isEqualTo(1);
    assertThat(index.get(upper, -1)).isEqualTo(2);
    assertThat(index.get("8JoV9XEdpo", -1)).isEqualTo(3);
    assertThat(index.get("8JOV9XEDPO", -1)).isEqualTo(4);
    assertThat(index.get("usr_c1644b5b-3ca4-45b4-97c6-a2a0de70d46", -1)).isEqualTo(-1);
  }
}
