package io.github.vrchatgroups.client.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a listing that VRChat serves in pages ({@code n}, {@code offset}), fetched lazily,
 * one page when the previous one is used up. Only a page shorter than asked for, counted as sent
 * (nulls too), is the last; a page with nothing new means the server ignored the offset, and ends
 * the listing rather than looping for ever.
 *
 * @param <T> what each item is read as
 */
public final class PagedListing<T> implements Iterator<T> {
  private final BiFunction<Integer, Integer, List<T>> fetch;
  private final Function<T, String> key;
  private final int pageSize;
  private final Set<String> seen = new HashSet<>();
  private final Deque<T> buffered = new ArrayDeque<>();
  private int offset;
  private boolean lastPageRead;

  private PagedListing(
      BiFunction<Integer, Integer, List<T>> fetch, int pageSize, Function<T, String> key) {
    this.fetch = fetch;
    this.pageSize = pageSize;
    this.key = key;
  }

  /**
   * The listing as a sequential stream; nothing is fetched until it is consumed.
   *
   * @param fetch reads one page: (page size, offset) to the items sent, {@code null} for a null
   *     item
   * @param pageSize how many items to ask for in each page
   * @param key what tells two items apart (a {@code null} key is always new)
   */
  public static <T> Stream<T> stream(
      BiFunction<Integer, Integer, List<T>> fetch, int pageSize, Function<T, String> key) {
    Iterator<T> items = new PagedListing<>(fetch, pageSize, key);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (buffered.isEmpty() && !lastPageRead) {
      readPage();
    }
    return !buffered.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffered.removeFirst();
  }

  private void readPage() {
    List<T> page = fetch.apply(pageSize, offset);
    offset += pageSize;
    boolean anyNew = false;
    for (T item : page) {
      if (item == null) {
        continue;
      }
      String id = key.apply(item);
      if (id == null || seen.add(id)) {
        buffered.addLast(item);
        anyNew = true;
      }
    }
    lastPageRead = page.size() < pageSize || !anyNew;
  }
}
