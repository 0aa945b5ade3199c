package io.github.vrchatgroups.client.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A set of user IDs, or a map from them to a {@code long}, small enough for batches of millions: a
 * {@code usr_<uuid>} ID as VRChat writes it (lower case) takes its 128 bits in open-addressed
 * arrays (16 bytes a slot for a set, 24 for a map, at most 75 % full), instead of a string of 40
 * characters in a hash table. Other IDs (legacy ones, upper case, the nil UUID, which marks a free
 * slot) go to a plain map.
 */
public final class UserIdIndex {
  private static final String PREFIX = "usr_";
  private static final int CANONICAL_LENGTH = PREFIX.length() + 36;
  private static final int INITIAL_CAPACITY = 64;

  private final boolean withValues;
  private long[] high = new long[INITIAL_CAPACITY];
  private long[] low = new long[INITIAL_CAPACITY];
  private long[] values;
  private int compactSize;
  private final Map<String, Long> others = new HashMap<>();

  private UserIdIndex(boolean withValues) {
    this.withValues = withValues;
    this.values = withValues ? new long[INITIAL_CAPACITY] : null;
  }

  /**
   * An empty set: {@link #get} answers {@code 0} for every member.
   *
   * @return the set
   */
  public static UserIdIndex set() {
    return new UserIdIndex(false);
  }

  /**
   * An empty map.
   *
   * @return the map
   */
  public static UserIdIndex map() {
    return new UserIdIndex(true);
  }

  /**
   * How many users it holds.
   *
   * @return the count
   */
  public int size() {
    return compactSize + others.size();
  }

  /**
   * Puts a user, with its value in a map.
   *
   * @param userId the user
   * @param value the value; ignored by a set
   * @return whether the user was new
   */
  public boolean put(String userId, long value) {
    UUID uuid = compactKey(userId);
    if (uuid == null) {
      return others.put(userId, withValues ? value : 0) == null;
    }
    if ((compactSize + 1) * 4L > high.length * 3L) {
      grow();
    }
    return insert(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), value);
  }

  /**
   * The value of a user.
   *
   * @param userId the user
   * @param absent what to answer for a user it does not hold
   * @return the value ({@code 0} for a member of a set), or {@code absent}
   */
  public long get(String userId, long absent) {
    UUID uuid = compactKey(userId);
    if (uuid == null) {
      return others.getOrDefault(userId, absent);
    }
    long hi = uuid.getMostSignificantBits();
    long lo = uuid.getLeastSignificantBits();
    int mask = high.length - 1;
    for (int slot = slot(hi, lo, mask); !free(slot); slot = (slot + 1) & mask) {
      if (high[slot] == hi && low[slot] == lo) {
        return withValues ? values[slot] : 0;
      }
    }
    return absent;
  }

  /** How many slots the table has now; tests hold it to its fill limit. */
  int capacity() {
    return high.length;
  }

  private boolean free(int slot) {
    return high[slot] == 0 && low[slot] == 0;
  }

  private boolean insert(long hi, long lo, long value) {
    int mask = high.length - 1;
    int slot = slot(hi, lo, mask);
    while (!free(slot)) {
      if (high[slot] == hi && low[slot] == lo) {
        if (withValues) {
          values[slot] = value;
        }
        return false;
      }
      slot = (slot + 1) & mask;
    }
    high[slot] = hi;
    low[slot] = lo;
    if (withValues) {
      values[slot] = value;
    }
    compactSize++;
    return true;
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    long[] oldValues = values;
    int capacity = oldHigh.length * 2;
    high = new long[capacity];
    low = new long[capacity];
    values = withValues ? new long[capacity] : null;
    compactSize = 0;
    for (int i = 0; i < oldHigh.length; i++) {
      if (oldHigh[i] != 0 || oldLow[i] != 0) {
        insert(oldHigh[i], oldLow[i], withValues ? oldValues[i] : 0);
      }
    }
  }

  private static int slot(long hi, long lo, int mask) {
    long mixed = (hi ^ Long.rotateLeft(lo, 32)) * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 32) & mask;
  }

  /** The UUID of an ID whose 128 bits give it back exactly and do not mark a free slot. */
  private static UUID compactKey(String userId) {
    if (userId.length() != CANONICAL_LENGTH || !userId.startsWith(PREFIX)) {
      return null;
    }
    try {
      UUID uuid = UUID.fromString(userId.substring(PREFIX.length()));
      boolean nil = uuid.getMostSignificantBits() == 0 && uuid.getLeastSignificantBits() == 0;
      return !nil && userId.regionMatches(PREFIX.length(), uuid.toString(), 0, 36) ? uuid : null;
    } catch (IllegalArgumentException notAUuid) {
      return null;
    }
  }
}
